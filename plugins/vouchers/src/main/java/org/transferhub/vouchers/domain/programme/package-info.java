/** Voucher programmes: a sponsor's budget, its period and the share of a price its vouchers pay. */
package org.transferhub.vouchers.domain.programme;
