/**
 * The double-entry, append-only ledger every voucher amount moves through. A {@link
 * org.transferhub.vouchers.domain.ledger.Journal} is one movement; its postings add up to zero.
 * Amounts are integer minor units (fen); a positive posting is money arriving in an account.
 */
package org.transferhub.vouchers.domain.ledger;
