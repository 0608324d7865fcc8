package org.transferhub.ops.workload;

import java.io.IOException;
import java.time.Duration;

/**
 * Runs one redemption as a careful client does: the hold, then its capture, each sent again with
 * the same {@code Idempotency-Key} until the region acknowledges it. Sent again on no answer, a
 * 5xx, a 409 {@code conflict} (a race the region asks to retry), a 401 (with a new token) or an
 * error that is not the region's problem+json (while a server starts, Payara answers 404 with a
 * page of its own for a WAR not deployed yet); any other answer refuses the operation. A retry of a request the region already did is answered
 * from its idempotency record, so the operation happens once however often it is sent.
 */
public final class Redeemer {

    private static final String CONFLICT = "urn:transferhub:problem:conflict";

    private final VoucherWorkload workload;
    private final Duration giveUp;
    private final java.util.Map<String, java.util.concurrent.atomic.LongAdder> retried =
            new java.util.concurrent.ConcurrentHashMap<>();

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

    /**
     * What made requests go again, with how often: a status and content type ({@code 503
     * application/problem+json}), or the failure that left no answer ({@code no answer:
     * HttpTimeoutException}).
     */
    public java.util.SortedMap<String, Long> retriedAnswers() {
        java.util.SortedMap<String, Long> m = new java.util.TreeMap<>();
        retried.forEach((k, v) -> m.put(k, v.sum()));
        return m;
    }

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

    private void count(String what) {
        retried.computeIfAbsent(what, k -> new java.util.concurrent.atomic.LongAdder())
                .increment();
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
                if (a.status() < 400
                        || a.status() < 500
                                && a.status() != 401
                                && a.isProblem()
                                && !CONFLICT.equals(a.problemType())) {
                    return new Attempt(a, retries, null);
                }
                failure = a.status() + " "
                        + a.body().substring(0, Math.min(a.body().length(), 200));
                count(a.status() + " " + a.contentType());
                if (a.status() == 401) {
                    workload.provider().renew(token);
                }
            } catch (IOException | IllegalStateException e) {
                // No answer, or a sign-in that got none: the same request again.
                failure = e.toString();
                count("no answer: " + e.getClass().getSimpleName());
            }
            if (System.nanoTime() > end) {
                return new Attempt(null, retries, failure);
            }
            Thread.sleep(pause);
            pause = Math.min(pause * 2, 1_000);
        }
    }
}
