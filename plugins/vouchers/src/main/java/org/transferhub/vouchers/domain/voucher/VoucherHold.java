package org.transferhub.vouchers.domain.voucher;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.transferhub.kernel.persistence.InstantConverter;
import org.transferhub.spi.money.Money;
import org.transferhub.spi.voucher.Hold;

/** A provider's hold on a voucher's share of one order: HELD, then CAPTURED, VOIDED or EXPIRED. */
@Entity
@Table(name = "voucher_hold")
public class VoucherHold {

    @Id
    private UUID id;

    @Column(name = "voucher_code", nullable = false)
    private String voucherCode;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @Column(name = "order_reference", nullable = false)
    private String orderReference;

    @Column(nullable = false)
    private long price;

    @Column(name = "voucher_share", nullable = false)
    private long voucherShare;

    @Column(name = "holder_share", nullable = false)
    private long holderShare;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Hold.HoldStatus status;

    @Convert(converter = InstantConverter.class)
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "captured_at")
    private Instant capturedAt;

    /** A string: EclipseLink 4.0 cannot bind a null UUID. */
    @Column(name = "settlement_id")
    private String settlementId;

    @Column(name = "reversal_reason")
    private String reversalReason;

    @Column(name = "reversed_by")
    private String reversedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "reversed_at")
    private Instant reversedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected VoucherHold() {}

    public VoucherHold(
            String voucherCode,
            UUID providerId,
            String orderReference,
            long price,
            long voucherShare,
            Instant createdAt,
            Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.voucherCode = voucherCode;
        this.providerId = providerId;
        this.orderReference = orderReference;
        this.price = price;
        this.voucherShare = voucherShare;
        this.holderShare = price - voucherShare;
        this.status = Hold.HoldStatus.HELD;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** Whether the hold can still be captured or voided at {@code now}. */
    public boolean openAt(Instant now) {
        return status == Hold.HoldStatus.HELD && !now.isAfter(expiresAt);
    }

    /** Records the outcome of an open hold; a capture is dated, for settlement by month. */
    public void settle(Hold.HoldStatus outcome, Instant at) {
        this.status = outcome;
        if (outcome == Hold.HoldStatus.CAPTURED) {
            this.capturedAt = at;
        }
    }

    /** Whether an operator may still reverse it: captured and in no settlement yet. */
    public boolean reversible() {
        return status == Hold.HoldStatus.CAPTURED && settlementId == null;
    }

    /** An operator's correction of a captured, unsettled redemption, with its reason. */
    public void reverse(String reason, String operator, Instant at) {
        if (!reversible()) {
            throw new IllegalStateException("Hold " + id + " is " + status + (settlementId == null ? "" : ", settled"));
        }
        this.status = Hold.HoldStatus.REVERSED;
        this.reversalReason = reason;
        this.reversedBy = operator;
        this.reversedAt = at;
    }

    /** Puts a captured hold into a settlement; each is settled once. */
    public void settleIn(UUID settlement) {
        if (status != Hold.HoldStatus.CAPTURED || settlementId != null) {
            throw new IllegalStateException(
                    "Hold " + id + " is " + status + (settlementId == null ? "" : ", settled in " + settlementId));
        }
        this.settlementId = settlement.toString();
    }

    public String orderReference() {
        return orderReference;
    }

    public long price() {
        return price;
    }

    public Instant capturedAt() {
        return capturedAt;
    }

    public Hold view(String currency) {
        return new Hold(
                id,
                voucherCode,
                providerId,
                orderReference,
                Money.of(voucherShare, currency),
                Money.of(holderShare, currency),
                status,
                expiresAt);
    }

    public UUID id() {
        return id;
    }

    public String voucherCode() {
        return voucherCode;
    }

    public UUID providerId() {
        return providerId;
    }

    public long voucherShare() {
        return voucherShare;
    }

    public Hold.HoldStatus status() {
        return status;
    }

    public long holderShare() {
        return holderShare;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Whether the capture is in a settlement batch. */
    public boolean settled() {
        return settlementId != null;
    }

    /** Why an operator reversed the capture, or null. */
    public String reversalReason() {
        return reversalReason;
    }
}
