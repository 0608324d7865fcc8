/** Holders' applications for vouchers, reviewed criterion by criterion and decided by an operator. */
package org.transferhub.vouchers.domain.application;
