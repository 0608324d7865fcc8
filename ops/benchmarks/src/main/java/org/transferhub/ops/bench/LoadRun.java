package org.transferhub.ops.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * N clients, each on its own thread doing one operation after another for a fixed time (closed
 * loop: a client sends its next operation when the last one answered). A warm-up at the same
 * concurrency comes first and is not counted.
 */
final class LoadRun {

    private LoadRun() {}

    /** One operation of one client (a hold and its capture); throws when it did not succeed. */
    interface Operation {
        void run() throws Exception;
    }

    /**
     * What one concurrency level did in its measured window.
     *
     * @param failures operations that threw (not counted in {@code operations} nor in the latencies)
     * @param firstFailure what the first failure said, or null
     */
    record Level(
            int clients,
            long operations,
            long failures,
            double seconds,
            double p50Millis,
            double p99Millis,
            String firstFailure) {

        double perSecond() {
            return operations / seconds;
        }
    }

    /**
     * Runs {@code clients} clients for {@code warmUp} then {@code measured}.
     *
     * @param client the operation of client {@code i} (0 to clients - 1): each client works on its own voucher
     */
    static Level run(int clients, Duration warmUp, Duration measured, IntFunction<Operation> client)
            throws InterruptedException {
        long start = System.nanoTime();
        long countFrom = start + warmUp.toNanos();
        long end = countFrom + measured.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Latencies>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Operation op = client.apply(i);
                running.add(threads.submit(() -> loop(op, countFrom, end)));
            }
            Latencies all = new Latencies();
            for (Future<Latencies> f : running) {
                all.addAll(f.get());
            }
            long[] sorted = all.sorted();
            return new Level(
                    clients,
                    sorted.length,
                    all.failures,
                    (System.nanoTime() - countFrom) / 1e9,
                    percentile(sorted, 0.50),
                    percentile(sorted, 0.99),
                    all.firstFailure);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("A client of the load broke: " + e.getCause(), e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    private static Latencies loop(Operation op, long countFrom, long end) {
        Latencies mine = new Latencies();
        long now = System.nanoTime();
        while (now < end) {
            long began = now;
            try {
                op.run();
                now = System.nanoTime();
                if (began >= countFrom) {
                    mine.add(now - began);
                }
            } catch (Exception e) {
                now = System.nanoTime();
                if (began >= countFrom) {
                    mine.failed(e);
                }
            }
        }
        return mine;
    }

    /** The nearest-rank percentile, in milliseconds; 0 when nothing was measured. */
    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    /** One client's latencies in nanoseconds, and its failures. */
    private static final class Latencies {
        private long[] nanos = new long[1024];
        private int size;
        private long failures;
        private String firstFailure;

        void add(long n) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = n;
        }

        void failed(Exception e) {
            if (failures++ == 0) {
                firstFailure = String.valueOf(e.getMessage());
            }
        }

        void addAll(Latencies other) {
            for (int i = 0; i < other.size; i++) {
                add(other.nanos[i]);
            }
            if (firstFailure == null) {
                firstFailure = other.firstFailure;
            }
            failures += other.failures;
        }

        long[] sorted() {
            long[] s = Arrays.copyOf(nanos, size);
            Arrays.sort(s);
            return s;
        }
    }
}
