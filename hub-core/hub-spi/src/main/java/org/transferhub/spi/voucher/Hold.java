package org.transferhub.spi.voucher;

import java.time.Instant;
import java.util.UUID;
import org.transferhub.spi.money.Money;

/** A held (then captured or voided) voucher share of one order. */
public record Hold(
        UUID id,
        String voucherCode,
        UUID providerId,
        String orderReference,
        Money voucherShare,
        Money holderShare,
        HoldStatus status,
        Instant expiresAt) {

    public enum HoldStatus {
        HELD,
        CAPTURED,
        VOIDED,
        EXPIRED,
        /** Captured, then reversed by an operator's correction before it was settled. */
        REVERSED
    }
}
