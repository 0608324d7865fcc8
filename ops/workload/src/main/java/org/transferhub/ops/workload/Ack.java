package org.transferhub.ops.workload;

/**
 * An acknowledged redemption: the region answered 200 to its capture.
 *
 * @param operation its id, the order reference
 * @param holdId the hold the region placed and captured
 * @param amount the captured voucher share in fen
 */
public record Ack(
        String operation, String voucherCode, String holdKey, String captureKey, String holdId, long amount) {}
