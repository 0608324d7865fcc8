package org.transferhub.ops.workload;

import java.io.IOException;
import java.time.Duration;

/**
 * Runs one redemption as a careful client does: the hold, then its capture, each sent again with
 * the same {@code Idempotency-Key} until the region acknowledges it. Sent again on no answer, a
 * 5xx, a 409 {@code conflict} (a race the region asks to retry) or a 401 (with a new token); any
 * other answer refuses the operation. A retry of a request the region already did is answered
 * from its idempotency record, so the operation happens once however often it is sent.
 */
public final class Redeemer {

    private static final String CONFLICT = "urn:transferhub:problem:conflict";

    private final VoucherWorkload workload;
    private final Duration giveUp;

    /** @param giveUp how long one request is retried before the operation is given up */
    public Redeemer(VoucherWorkload workload, Duration giveUp) {
        this.workload = workload;
        this.giveUp = giveUp;
    }

    /** How an operation ended. */
    public enum Result {
        /** Captured, and the capture acknowledged. */
        ACKNOWLEDGED,
        /** The region said no (a 4xx other than a conflict to retry). */
        REFUSED,
        /** No acknowledgement within the give-up time. */
        GAVE_UP
    }

    /**
     * One operation's end.
     *
     * @param ack the acknowledgement, when {@code result} is ACKNOWLEDGED
     * @param retries how many requests were sent again
     * @param last the last answer or failure, for a refused or given-up operation
     */
    public record Outcome(Result result, Ack ack, int retries, String last) {}

    public Outcome redeem(Operation op) throws InterruptedException {
        String order = "{\"voucherCode\": \"" + op.voucherCode() + "\", \"providerId\": \"" + workload.providerId()
                + "\", \"orderReference\": \"" + op.id() + "\", \"price\": {\"amount\": " + op.price()
                + ", \"currency\": \"CNY\"}}";
        Attempt hold = acknowledged("/vouchers/api/holds", order, op.holdKey());
        if (hold.answer == null || hold.answer.status() != 200) {
            return failed(hold, hold.retries);
        }
        String holdId = hold.answer.json().getString("id");
        Attempt capture = acknowledged("/vouchers/api/holds/" + holdId + "/capture", null, op.captureKey());
        int retries = hold.retries + capture.retries;
        if (capture.answer == null || capture.answer.status() != 200) {
            return failed(capture, retries);
        }
        long amount = capture.answer
                .json()
                .getJsonObject("voucherShare")
                .getJsonNumber("amount")
                .longValue();
        return new Outcome(
                Result.ACKNOWLEDGED,
                new Ack(op.id(), op.voucherCode(), op.holdKey(), op.captureKey(), holdId, amount),
                retries,
                null);
    }

    private static Outcome failed(Attempt a, int retries) {
        return a.answer == null
                ? new Outcome(Result.GAVE_UP, null, retries, a.failure)
                : new Outcome(Result.REFUSED, null, retries, a.answer.status() + " " + a.answer.body());
    }

    /** The final answer to one request (null when it never came), and how often it was sent again. */
    private record Attempt(RegionHttp.Answer answer, int retries, String failure) {}

    private Attempt acknowledged(String path, String json, String key) throws InterruptedException {
        long end = System.nanoTime() + giveUp.toNanos();
        long pause = 50;
        String failure = null;
        for (int retries = 0; ; retries++) {
            String token = workload.provider().token();
            try {
                RegionHttp.Answer a = workload.http().send("POST", path, token, json, key);
                if (a.status() == 401) {
                    workload.provider().renew(token);
                    failure = "401 " + a.body();
                } else if (a.status() < 500 && !(a.status() == 409 && CONFLICT.equals(a.problemType()))) {
                    return new Attempt(a, retries, null);
                } else {
                    failure = a.status() + " " + a.body();
                }
            } catch (IOException | IllegalStateException e) {
                failure = e.toString(); // no answer, or a sign-in that got none: the same request again
            }
            if (System.nanoTime() > end) {
                return new Attempt(null, retries, failure);
            }
            Thread.sleep(pause);
            pause = Math.min(pause * 2, 1_000);
        }
    }
}
