/**
 * A voucher workload against a running region: {@link org.transferhub.ops.workload.VoucherWorkload}
 * prepares it, {@link org.transferhub.ops.workload.Redeemer} runs one redemption with its retries,
 * {@link org.transferhub.ops.workload.LoadRunner} runs many clients, {@link
 * org.transferhub.ops.workload.AckLog} keeps what was acknowledged outside the server, and {@link
 * org.transferhub.ops.workload.ConservationAudit} reads the books.
 */
package org.transferhub.ops.workload;
