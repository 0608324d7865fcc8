package org.transferhub.vouchers.interfaces.rest;

import java.time.Instant;
import java.util.UUID;
import org.transferhub.spi.money.Money;
import org.transferhub.spi.voucher.Hold;
import org.transferhub.vouchers.domain.voucher.VoucherHold;

/**
 * One redemption as its holder and its provider read it: who redeemed what order, the price and
 * how it was split, where it stands, and whether it is in a settlement yet.
 */
public record HoldLine(
        UUID id,
        String voucherCode,
        UUID providerId,
        String providerName,
        String orderReference,
        Money price,
        Money voucherShare,
        Money holderShare,
        Hold.HoldStatus status,
        Instant createdAt,
        Instant capturedAt,
        boolean settled,
        String reversalReason) {

    static HoldLine of(VoucherHold h, String currency, String providerName) {
        return new HoldLine(
                h.id(),
                h.voucherCode(),
                h.providerId(),
                providerName,
                h.orderReference(),
                Money.of(h.price(), currency),
                Money.of(h.voucherShare(), currency),
                Money.of(h.holderShare(), currency),
                h.status(),
                h.createdAt(),
                h.capturedAt(),
                h.settled(),
                h.reversalReason());
    }
}
