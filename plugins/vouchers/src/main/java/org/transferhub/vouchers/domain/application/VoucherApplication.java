package org.transferhub.vouchers.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.transferhub.kernel.persistence.Decision;
import org.transferhub.kernel.persistence.InstantConverter;
import org.transferhub.spi.voucher.eligibility.Applicant;

/**
 * A holder's application for a voucher of a programme: SUBMITTED with its review, then APPROVED
 * (a voucher was issued) or REJECTED with a reason. A decision is final.
 */
@Entity
@Table(name = "voucher_application")
public class VoucherApplication {

    /** Where an application stands. */
    public enum Status {
        SUBMITTED,
        APPROVED,
        REJECTED
    }

    @Id
    private UUID id;

    @Column(name = "programme_id", nullable = false)
    private UUID programmeId;

    @Column(nullable = false)
    private String holder;

    @Column(nullable = false)
    private long requested;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_type", nullable = false)
    private Applicant.HolderType holderType;

    @Column(name = "registered_region", nullable = false)
    private String registeredRegion;

    @Column(nullable = false)
    private String industry;

    @Column(nullable = false)
    private int employees;

    /** One line per criterion: {@code rule|parameter|eligible|explanation}. */
    @Column(nullable = false)
    private String review;

    @Column(nullable = false)
    private boolean eligible;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Embedded
    private Decision decision;

    @Column(name = "voucher_code")
    private String voucherCode;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected VoucherApplication() {}

    public VoucherApplication(
            UUID programmeId,
            String holder,
            long requested,
            Applicant applicant,
            String review,
            boolean eligible,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.programmeId = programmeId;
        this.holder = holder;
        this.requested = requested;
        this.holderType = applicant.holderType();
        this.registeredRegion = applicant.registeredRegion();
        this.industry = applicant.industry();
        this.employees = applicant.employees();
        this.review = review;
        this.eligible = eligible;
        this.status = Status.SUBMITTED;
        this.createdAt = createdAt;
    }

    public void approve(String voucherCode, String operator, String reason, Instant at) {
        decide(Status.APPROVED, operator, reason, at);
        this.voucherCode = voucherCode;
    }

    public void reject(String operator, String reason, Instant at) {
        decide(Status.REJECTED, operator, reason, at);
    }

    private void decide(Status outcome, String operator, String reason, Instant at) {
        if (status != Status.SUBMITTED) {
            throw new IllegalStateException("Already " + status);
        }
        this.status = outcome;
        this.decision = new Decision(operator, reason, at);
    }

    public UUID id() {
        return id;
    }

    public UUID programmeId() {
        return programmeId;
    }

    public String holder() {
        return holder;
    }

    public long requested() {
        return requested;
    }

    public String review() {
        return review;
    }

    public boolean eligible() {
        return eligible;
    }

    public Status status() {
        return status;
    }

    public String reason() {
        return decision == null ? null : decision.reason();
    }

    public String decidedBy() {
        return decision == null ? null : decision.decidedBy();
    }

    public String voucherCode() {
        return voucherCode;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
