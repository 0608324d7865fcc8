/**
 * {@code Idempotency-Key} on state-changing POSTs: a repeat returns the first result, the same key
 * with another body is refused (422), a repeat racing the first gets 409. The record of the first
 * result is written in the same transaction as its effect, so the two commit or fail together.
 */
package org.transferhub.kernel.idempotency;
