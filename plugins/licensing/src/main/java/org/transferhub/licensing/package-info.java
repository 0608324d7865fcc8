/**
 * Patent open licences (专利开放许可) and pay-after-use (先使用后付费). Provides
 * {@link org.transferhub.spi.licensing.LicensingService}; takes voucher payment through
 * {@link org.transferhub.spi.voucher.VoucherService} where the region allows it.
 */
package org.transferhub.licensing;
