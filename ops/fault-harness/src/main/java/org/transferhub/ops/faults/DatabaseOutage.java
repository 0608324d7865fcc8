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
 * PostgreSQL stopped in immediate mode under load and started again: the region (on a private
 * PostgreSQL server) keeps answering meanwhile, with errors and without hanging, and serves again
 * once the database is back, in the same process: nobody restarts it. Then the crash oracle's
 * checks, and the audit.
 */
public final class DatabaseOutage {

    /** How long the database stays down while the clients keep sending. */
    static final Duration OUTAGE = Duration.ofSeconds(8);

    /** What to do with the region once it has recovered, before it stops (the bad-input run). */
    interface Afterwards {
        void run(FaultRegion region, VoucherWorkload workload, java.util.List<org.transferhub.ops.workload.Ack> acks)
                throws Exception;
    }

    private DatabaseOutage() {}

    static LoadFigures run(
            String name,
            int port,
            long operations,
            int clients,
            Path work,
            int pgFirstPort,
            int pgLastPort,
            Afterwards then)
            throws Exception {
        try (PrivatePostgres pg = PrivatePostgres.start(work.resolve("postgres"), pgFirstPort, pgLastPort)) {
            FaultRegion region = FaultRegion.onPostgres(port, work.resolve("region"), pg.url(), pg.user());
            try (RegionProcess server = region.start()) {
                long pid = server.pid();
                RegionHttp http = region.http();
                VoucherWorkload workload =
                        VoucherWorkload.prepare(http, clients, CrashOracle.voucherAmount(operations, clients));
                Path acks = work.resolve("acks.tsv");
                Redeemer redeemer = new Redeemer(workload, CrashOracle.GIVE_UP);
                LoadRunner.Result load;
                long duringOutage;
                try (AckLog log = AckLog.create(acks)) {
                    LoadRunner runner = LoadRunner.start(
                            workload,
                            redeemer,
                            new LoadRunner.Settings(clients, operations, null, CrashOracle.PRICE),
                            log);
                    CrashOracle.awaitAcknowledged(runner, operations / 3);
                    pg.stopImmediately();
                    long atStop = runner.acknowledged();
                    System.out.printf(
                            "%s: PostgreSQL (port %d) stopped in immediate mode with %d operations acknowledged%n",
                            name, pg.port(), atStop);
                    Thread.sleep(OUTAGE.toMillis());
                    duringOutage = runner.acknowledged() - atStop;
                    pg.start();
                    System.out.printf("%s: PostgreSQL started again after %d s%n", name, OUTAGE.toSeconds());
                    load = runner.await();
                }
                boolean sameProcess = server.isAlive() && server.pid() == pid;
                ConservationAudit audit = ConservationAudit.read(http, http.signIn("operator"));
                var acknowledged = AckLog.read(acks);
                Oracle oracle = Oracle.check(acknowledged, region.database(), workload.providerId());
                LoadFigures figures = new LoadFigures(
                        name,
                        load,
                        redeemer.retriedAnswers(),
                        oracle,
                        audit,
                        (sameProcess ? "recovered in the same process (pid " + pid + ")" : "NOT the same process")
                                + ", " + duringOutage + " acknowledged while the database was down",
                        sameProcess);
                if (load.gaveUp() == 0) { // a region that did not recover has nothing more to show
                    then.run(region, workload, acknowledged);
                }
                return figures;
            }
        }
    }
}
