/**
 * What the vouchers service does: fund programmes, issue vouchers, redeem them in two phases
 * (hold, then capture or void) and audit the books. Each operation runs in the caller's
 * transaction and writes its balanced journal with its change; {@code interfaces.rest} exposes
 * them and {@code infrastructure} runs the expiry.
 */
package org.transferhub.vouchers.application;
