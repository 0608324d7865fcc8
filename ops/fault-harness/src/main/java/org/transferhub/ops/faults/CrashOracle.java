package org.transferhub.ops.faults;

import java.nio.file.Path;
import java.time.Duration;
import org.transferhub.ops.RegionProcess;
import org.transferhub.ops.workload.AckLog;
import org.transferhub.ops.workload.ConservationAudit;
import org.transferhub.ops.workload.LoadRunner;
import org.transferhub.ops.workload.Redeemer;
import org.transferhub.ops.workload.RegionHttp;
import org.transferhub.ops.workload.VoucherWorkload;

/**
 * The crash oracle: clients redeem vouchers on the demo region, logging every acknowledged
 * operation in a file of their own; a third of the way in, the server is killed ({@code kill -9})
 * and started again on the same data while the clients send their operations under way again with
 * the same keys. Then every acknowledged operation must be in the database, none twice, and the
 * books balanced.
 */
public final class CrashOracle {

    /** A hold's price in fen: the voucher pays half. */
    static final long PRICE = 200;

    /** How long a client sends one request again before it gives the operation up: a restart takes well under. */
    static final Duration GIVE_UP = Duration.ofMinutes(3);

    private CrashOracle() {}

    /**
     * @param operations how many redemptions in all
     * @param clients how many at once, each on a voucher of its own
     * @param work the run's files: the acknowledged-operations log
     */
    static LoadFigures run(String name, FaultRegion region, long operations, int clients, Path work) throws Exception {
        RegionProcess server = region.start();
        try {
            RegionHttp http = region.http();
            VoucherWorkload workload = VoucherWorkload.prepare(http, clients, voucherAmount(operations, clients));
            Path acks = work.resolve("acks.tsv");
            Redeemer redeemer = new Redeemer(workload, GIVE_UP);
            LoadRunner.Result load;
            long killedPid = server.pid();
            try (AckLog log = AckLog.create(acks)) {
                LoadRunner runner = LoadRunner.start(
                        workload, redeemer, new LoadRunner.Settings(clients, operations, null, PRICE), log);
                awaitAcknowledged(runner, operations / 3);
                server.kill();
                System.out.printf(
                        "%s: killed the server (pid %d) with %d operations acknowledged; starting it again%n",
                        name, killedPid, runner.acknowledged());
                server = region.start();
                load = runner.await();
            }
            ConservationAudit audit = ConservationAudit.read(http, http.signIn("operator"));
            server.stop(); // H2's file is the server's while it runs
            Oracle oracle = Oracle.check(AckLog.read(acks), region.database(), workload.providerId());
            return new LoadFigures(
                    name,
                    load,
                    redeemer.retriedAnswers(),
                    oracle,
                    audit,
                    "killed pid " + killedPid + ", started pid " + server.pid(),
                    true);
        } finally {
            server.close();
        }
    }

    /** Enough for every operation of a client on its voucher, with room to spare. */
    static long voucherAmount(long operations, int clients) {
        return Math.max(1_000_000, 2 * VoucherWorkload.voucherShare(PRICE) * (operations / clients + 1));
    }

    /** Waits until {@code count} operations are acknowledged (or the load ended before). */
    static void awaitAcknowledged(LoadRunner runner, long count) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (runner.acknowledged() < count && System.nanoTime() < end) {
            Thread.sleep(20);
        }
    }
}
