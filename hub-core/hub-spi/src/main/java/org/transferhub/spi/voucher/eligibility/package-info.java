/**
 * Voucher eligibility rules: a small extension point. A rule is found with {@link
 * java.util.ServiceLoader} ({@code META-INF/services/org.transferhub.spi.voucher.eligibility.EligibilityRule}),
 * so a region adds its own rule jar to the vouchers plugin without forking it. A programme names
 * the rules it applies and gives each its parameter.
 */
package org.transferhub.spi.voucher.eligibility;
