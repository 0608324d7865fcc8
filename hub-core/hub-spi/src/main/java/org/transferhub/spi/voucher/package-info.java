/**
 * Innovation and service vouchers (科技创新券 / 成果转化服务券): the contract other plugins use to take
 * voucher payment for their services. First version: quote and the two-phase hold; the vouchers
 * plugin fills in programmes, applications and settlement behind it.
 */
package org.transferhub.spi.voucher;
