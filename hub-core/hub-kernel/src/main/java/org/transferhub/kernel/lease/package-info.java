/**
 * Jobs that run once per region even on a cluster (voucher expiry, the outbox relay, the talent
 * registry's reading of the event log): a {@link org.transferhub.kernel.lease.LeasedJob} runs on
 * every instance's managed scheduler and works only while it holds its lease, a row in the region
 * database taken by one instance at a time.
 */
package org.transferhub.kernel.lease;
