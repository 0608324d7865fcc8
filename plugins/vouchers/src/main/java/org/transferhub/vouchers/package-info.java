/**
 * Innovation and service vouchers (科技创新券 / 成果转化服务券). Provides
 * {@link org.transferhub.spi.voucher.VoucherService}; programmes, applications, redemption and
 * settlement follow the layout {@code application}, {@code domain}, {@code infrastructure},
 * {@code interfaces.rest}.
 */
package org.transferhub.vouchers;
