package org.transferhub.vouchers.domain.settlement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.transferhub.kernel.persistence.InstantConverter;

/**
 * One provider's captured redemptions of one programme in one settlement period, with the
 * references of the documents that back it. An accountant prepares it
 * (PREPARED), a second person approves it (APPROVED), then it is marked paid (PAID).
 */
@Entity
@Table(name = "settlement")
public class Settlement {

    /** Where a settlement stands. */
    public enum Status {
        PREPARED,
        APPROVED,
        PAID
    }

    @Id
    private UUID id;

    @Column(name = "programme_id", nullable = false)
    private UUID programmeId;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @Column(nullable = false)
    private String period;

    @Column(nullable = false)
    private long amount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "settlement_evidence", joinColumns = @JoinColumn(name = "settlement_id"))
    @OrderColumn(name = "line")
    @Column(name = "reference", nullable = false)
    private List<String> evidence = new ArrayList<>();

    @Column(nullable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "payment_reference")
    private String paymentReference;

    @Convert(converter = InstantConverter.class)
    @Column(name = "paid_at")
    private Instant paidAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Settlement() {}

    public Settlement(
            UUID programmeId,
            UUID providerId,
            String period,
            long amount,
            String currency,
            List<String> evidence,
            String createdBy,
            Instant at) {
        this.id = UUID.randomUUID();
        this.programmeId = programmeId;
        this.providerId = providerId;
        this.period = period;
        this.amount = amount;
        this.currency = currency;
        this.evidence = new ArrayList<>(evidence);
        this.status = Status.PREPARED;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    public void approve(String approver, Instant at) {
        this.status = Status.APPROVED;
        this.approvedBy = approver;
        this.approvedAt = at;
    }

    public void paid(String reference, Instant at) {
        this.status = Status.PAID;
        this.paymentReference = reference;
        this.paidAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID programmeId() {
        return programmeId;
    }

    public UUID providerId() {
        return providerId;
    }

    public String period() {
        return period;
    }

    public long amount() {
        return amount;
    }

    public List<String> evidence() {
        return List.copyOf(evidence);
    }

    public String currency() {
        return currency;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public String paymentReference() {
        return paymentReference;
    }

    public Instant paidAt() {
        return paidAt;
    }
}
