package org.transferhub.licensing.application;

import org.transferhub.spi.voucher.Hold;
import org.transferhub.spi.voucher.RedemptionRequest;

/** Pays the voucher's share of an order through the region's VoucherService: a hold, then its capture. */
public interface VoucherPayments {

    /**
     * Holds and captures the voucher's share of the order's price for the order's provider; the
     * voucher must be the caller's own.
     *
     * @return the captured hold
     */
    Hold pay(RedemptionRequest order);
}
