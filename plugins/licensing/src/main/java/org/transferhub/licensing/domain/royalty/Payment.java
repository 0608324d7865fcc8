package org.transferhub.licensing.domain.royalty;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.transferhub.kernel.persistence.InstantConverter;

/** Money received on an invoice: a transfer the office recorded, or a voucher's captured share. */
@Entity
@Table(name = "payment")
public class Payment {

    public enum Method {
        TRANSFER,
        VOUCHER
    }

    @Id
    private UUID id;

    @Column(name = "invoice_id", nullable = false)
    private UUID invoiceId;

    @Column(nullable = false)
    private long amount;

    @Column(nullable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Method method;

    /** The bank reference of a transfer; for a voucher, its code and the captured hold's id. */
    @Column(nullable = false)
    private String reference;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "paid_at", nullable = false)
    private Instant paidAt;

    protected Payment() {}

    public Payment(
            UUID invoiceId, long amount, String currency, Method method, String reference, String by, Instant now) {
        this.id = UUID.randomUUID();
        this.invoiceId = invoiceId;
        this.amount = amount;
        this.currency = currency;
        this.method = method;
        this.reference = reference;
        this.recordedBy = by;
        this.paidAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID invoiceId() {
        return invoiceId;
    }

    public long amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public Method method() {
        return method;
    }

    public String reference() {
        return reference;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant paidAt() {
        return paidAt;
    }
}
