package org.transferhub.spi.voucher;

import java.time.LocalDate;
import org.transferhub.spi.money.Money;

/** A voucher's spendable and held amounts and its deadlines. */
public record VoucherBalance(String code, Money available, Money held, LocalDate useBy, LocalDate redeemBy) {}
