package org.transferhub.vouchers.domain.voucher;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A voucher. Its available and held amounts are the ledger balances of its two accounts, kept on
 * the row so that a hold can check and change them under one row lock; the audit compares them.
 */
@Entity
@Table(name = "voucher")
public class Voucher {

    @Id
    private String code;

    @Column(name = "programme_id", nullable = false)
    private UUID programmeId;

    @Column(nullable = false)
    private String holder;

    @Column(nullable = false)
    private long amount;

    @Column(nullable = false)
    private long available;

    @Column(nullable = false)
    private long held;

    @Column(nullable = false)
    private String currency;

    @Column(name = "use_by", nullable = false)
    private LocalDate useBy;

    @Column(name = "redeem_by", nullable = false)
    private LocalDate redeemBy;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Voucher() {}

    public Voucher(
            String code,
            UUID programmeId,
            String holder,
            long amount,
            String currency,
            LocalDate useBy,
            LocalDate redeemBy) {
        this.code = code;
        this.programmeId = programmeId;
        this.holder = holder;
        this.amount = amount;
        this.available = amount;
        this.currency = currency;
        this.useBy = useBy;
        this.redeemBy = redeemBy;
    }

    /** Moves {@code share} from available to held. */
    public void reserve(long share) {
        if (share <= 0 || share > available) {
            throw new IllegalArgumentException("Cannot hold " + share + " of " + available + " available");
        }
        available -= share;
        held += share;
    }

    /** Takes {@code share} out of held: captured for the provider. */
    public void release(long share) {
        if (share <= 0 || share > held) {
            throw new IllegalArgumentException("Cannot release " + share + " of " + held + " held");
        }
        held -= share;
    }

    /** Moves {@code share} from held back to available. */
    public void restore(long share) {
        release(share);
        available += share;
    }

    /** Puts a reversed capture's share back on the voucher. */
    public void refund(long share) {
        if (share <= 0) {
            throw new IllegalArgumentException("Cannot refund " + share);
        }
        available += share;
    }

    /** Takes the whole available amount back (the use deadline passed); returns how much that was. */
    public long expire() {
        long unused = available;
        available = 0;
        return unused;
    }

    public boolean usableOn(LocalDate day) {
        return !day.isAfter(useBy);
    }

    public String code() {
        return code;
    }

    public String holder() {
        return holder;
    }

    public UUID programmeId() {
        return programmeId;
    }

    /** What it was issued with. */
    public long amount() {
        return amount;
    }

    public long available() {
        return available;
    }

    public long held() {
        return held;
    }

    public String currency() {
        return currency;
    }

    public LocalDate useBy() {
        return useBy;
    }

    public LocalDate redeemBy() {
        return redeemBy;
    }
}
