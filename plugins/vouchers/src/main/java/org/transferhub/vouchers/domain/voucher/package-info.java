/** Vouchers held by SMEs and citizens, and providers' holds on them. */
package org.transferhub.vouchers.domain.voucher;
