/**
 * The vouchers service over HTTP: the {@link org.transferhub.spi.voucher.VoucherService} SPI for
 * providers and other plugins, programmes and direct issuance for operators, and the ledger audit.
 */
package org.transferhub.vouchers.interfaces.rest;
