/**
 * Jobs that run once per region even on a cluster (voucher expiry, settlement batches): a lease
 * row in the region database, taken by one instance at a time. Payara's non-persistent timers
 * fire on every member, so they only ask for the lease.
 */
package org.transferhub.kernel.lease;
