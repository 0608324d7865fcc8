package org.transferhub.ops.workload;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Concurrent clients redeeming on a {@link VoucherWorkload}: each its own thread and voucher,
 * operation after operation, until the run has made its number of operations, its time is up or
 * it is stopped. Each acknowledged operation goes to the {@link AckLog} at once; each operation's
 * latency (from the hold's first sending to the capture's acknowledgement, retries included) is
 * kept for the percentiles.
 */
public final class LoadRunner {

    /**
     * How much load.
     *
     * @param clients concurrent clients; the workload needs at least as many vouchers
     * @param operations how many operations in all, or 0 for no limit
     * @param duration how long the run lasts, or null for no limit
     * @param price each hold's price in fen (the voucher pays half)
     */
    public record Settings(int clients, long operations, Duration duration, long price) {}

    /** A run's figures; latencies in nanoseconds, sorted, one per acknowledged operation. */
    public record Result(
            long acknowledged,
            long refused,
            long gaveUp,
            long retries,
            Duration elapsed,
            long[] latencies,
            List<String> failures) {

        /** The latency below which a fraction {@code p} (0 to 1) of the acknowledged operations fall. */
        public Duration percentile(double p) {
            if (latencies.length == 0) {
                return Duration.ZERO;
            }
            int i = (int) Math.ceil(p * latencies.length) - 1;
            return Duration.ofNanos(latencies[Math.max(0, Math.min(i, latencies.length - 1))]);
        }

        /** Acknowledged operations per second. */
        public double throughput() {
            return elapsed.isZero() ? 0 : acknowledged * 1e9 / elapsed.toNanos();
        }
    }

    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final Settings settings;
    private final VoucherWorkload workload;
    private final Redeemer redeemer;
    private final AckLog log;
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong gaveUp = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private final long[][] latencies;
    private final int[] counts;
    private long begin;
    private long end;

    private LoadRunner(VoucherWorkload workload, Redeemer redeemer, Settings settings, AckLog log) {
        if (workload.voucherCodes().size() < settings.clients()) {
            throw new IllegalArgumentException(
                    "A workload of " + workload.voucherCodes().size() + " vouchers for " + settings.clients()
                            + " clients: a voucher per client");
        }
        this.workload = workload;
        this.redeemer = redeemer;
        this.settings = settings;
        this.log = log;
        this.latencies = new long[settings.clients()][1024];
        this.counts = new int[settings.clients()];
    }

    /** Starts the clients and returns at once. */
    public static LoadRunner start(VoucherWorkload workload, Redeemer redeemer, Settings settings, AckLog log) {
        LoadRunner r = new LoadRunner(workload, redeemer, settings, log);
        r.begin = System.nanoTime();
        for (int c = 0; c < settings.clients(); c++) {
            int client = c;
            Thread t = new Thread(() -> r.client(client), "workload-client-" + c);
            t.setDaemon(true);
            r.threads.add(t);
            t.start();
        }
        return r;
    }

    /** Acknowledged so far. */
    public long acknowledged() {
        return acknowledged.get();
    }

    /** Operations sent again so far. */
    public long retries() {
        return retries.get();
    }

    /** Starts no more operations; those under way finish (or are given up). */
    public void stop() {
        stop.set(true);
    }

    /** Waits for every client to finish and answers the figures. */
    public Result await() throws InterruptedException {
        for (Thread t : threads) {
            t.join();
        }
        end = System.nanoTime();
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < counts.length; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Result(
                acknowledged.get(),
                refused.get(),
                gaveUp.get(),
                retries.get(),
                Duration.ofNanos(end - begin),
                all,
                List.copyOf(failures));
    }

    private boolean more() {
        if (stop.get()
                || settings.duration() != null
                        && System.nanoTime() - begin > settings.duration().toNanos()) {
            return false;
        }
        return settings.operations() <= 0 || started.incrementAndGet() <= settings.operations();
    }

    private void client(int client) {
        String voucher = workload.voucherCodes().get(client);
        try {
            for (int n = 1; more(); n++) {
                Operation op = new Operation(runId + "-" + client + "-" + n, voucher, settings.price());
                long t0 = System.nanoTime();
                Redeemer.Outcome o = redeemer.redeem(op);
                retries.addAndGet(o.retries());
                switch (o.result()) {
                    case ACKNOWLEDGED -> {
                        log.append(o.ack());
                        latency(client, System.nanoTime() - t0);
                        acknowledged.incrementAndGet();
                    }
                    case REFUSED -> failed(refused, op, o);
                    case GAVE_UP -> failed(gaveUp, op, o);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void failed(AtomicLong count, Operation op, Redeemer.Outcome o) {
        if (count.incrementAndGet() <= 20) { // a sample says what went wrong; thousands would say no more
            failures.add(op.id() + " " + o.result() + ": " + o.last());
        }
    }

    private void latency(int client, long nanos) {
        if (counts[client] == latencies[client].length) {
            latencies[client] = Arrays.copyOf(latencies[client], counts[client] * 2);
        }
        latencies[client][counts[client]++] = nanos;
    }
}
