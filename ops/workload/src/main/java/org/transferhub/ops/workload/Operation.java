package org.transferhub.ops.workload;

/**
 * One redemption: a hold of {@code price} on a voucher, then its capture. Its id is the order
 * reference, and each of its two requests has its own {@code Idempotency-Key} derived from the id,
 * so a retry of either is the same request.
 *
 * @param id unique per run, at most 50 characters (an order reference is at most 64)
 */
public record Operation(String id, String voucherCode, long price) {

    public String holdKey() {
        return id + ":hold";
    }

    public String captureKey() {
        return id + ":capture";
    }
}
