package org.transferhub.spi.voucher;

import org.transferhub.spi.money.Money;

/** How a price splits between the voucher and the holder. */
public record Quote(String voucherCode, Money price, Money voucherShare, Money holderShare) {}
