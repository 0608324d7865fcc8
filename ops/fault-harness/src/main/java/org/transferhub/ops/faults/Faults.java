package org.transferhub.ops.faults;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.transferhub.ops.Folders;
import org.transferhub.testkit.TestDatabases;

/**
 * {@code ops/faults}: the fault runs on the demo region, one after the other, and a table of their
 * counts. Exits 1 when anything acknowledged was lost, anything was done twice, a bad input was
 * accepted or the books did not balance.
 *
 * <pre>
 * ops/faults [--ops N] [--clients C] [--runs crash-h2,crash-postgres,outage] [--port P] [--work DIR]
 * </pre>
 *
 * The bad-input corpus runs on the region of the {@code outage} run, once it has recovered.
 */
public final class Faults {

    /**
     * What to run.
     *
     * @param operations redemptions per run
     * @param clients concurrent clients per run
     * @param runs of {@code crash-h2}, {@code crash-postgres}, {@code outage}
     * @param port the first of the three ports the runs' regions use
     * @param pgPorts the first of the ten ports the private PostgreSQL may take one of
     * @param work where the runs keep their files (data, logs, acknowledged operations)
     */
    public record Settings(long operations, int clients, List<String> runs, int port, int pgPorts, Path work) {}

    /** Every run's figures. */
    public record Summary(List<LoadFigures> loads, BadInputs.Figures badInputs) {

        public boolean passed() {
            return loads.stream().allMatch(LoadFigures::passed) && (badInputs == null || badInputs.passed());
        }

        /** Bad inputs sent, and of those accepted (answered otherwise than 4xx problem+json), in all. */
        public long[] badInputsTriedAndAccepted() {
            return badInputs == null
                    ? new long[] {0, 0}
                    : new long[] {
                        badInputs.tried().values().stream()
                                .mapToLong(Long::longValue)
                                .sum(),
                        badInputs.accepted().values().stream()
                                .mapToLong(Long::longValue)
                                .sum()
                    };
        }

        /** Per run: acknowledged, lost, duplicated, retried, gave up, refused, unbalanced (1 when the audit failed). */
        public Map<String, Map<String, Long>> counts() {
            Map<String, Map<String, Long>> m = new LinkedHashMap<>();
            for (LoadFigures f : loads) {
                Map<String, Long> c = new LinkedHashMap<>();
                c.put("acknowledged", f.oracle().acknowledged());
                c.put("lost", f.oracle().lost());
                c.put("duplicated", f.oracle().duplicated());
                c.put("retried", f.load().retries());
                c.put("gave up", f.load().gaveUp());
                c.put("refused", f.load().refused());
                c.put("unbalanced", f.audit().balanced() ? 0L : 1L);
                m.put(f.run(), c);
            }
            return m;
        }
    }

    private Faults() {}

    public static void main(String[] args) throws Exception {
        long operations = 600;
        int clients = 8;
        List<String> runs = List.of("crash-h2", "crash-postgres", "outage");
        int port = 18550;
        Path work = Path.of("ops/fault-harness/target/faults");
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : usage("a value after " + args[i]);
            switch (args[i++]) {
                case "--ops" -> operations = Long.parseLong(value);
                case "--clients" -> clients = Integer.parseInt(value);
                case "--runs" -> runs = List.of(value.split(","));
                case "--port" -> port = Integer.parseInt(value);
                case "--work" -> work = Path.of(value);
                default -> usage("no option " + args[i - 1]);
            }
        }
        Summary s = run(new Settings(operations, clients, runs, port, 18560, work), System.out);
        System.exit(s.passed() ? 0 : 1);
    }

    private static String usage(String problem) {
        System.err.println("ops/faults: " + problem + "\nusage: ops/faults [--ops N] [--clients C]"
                + " [--runs crash-h2,crash-postgres,outage] [--port P] [--work DIR]");
        System.exit(2);
        return null;
    }

    /** Runs the runs in order and prints each one's counts, then the table. */
    public static Summary run(Settings s, PrintStream out) throws Exception {
        List<LoadFigures> loads = new ArrayList<>();
        BadInputs.Figures[] bad = new BadInputs.Figures[1];
        Path work = s.work().toAbsolutePath();
        for (String run : s.runs()) {
            out.printf("== %s: %d operations, %d clients%n", run, s.operations(), s.clients());
            Folders.delete(work.resolve(run)); // each run from an empty region
            LoadFigures f =
                    switch (run) {
                        case "crash-h2" -> CrashOracle.run(
                                run,
                                FaultRegion.onH2(s.port(), work.resolve(run).resolve("region")),
                                s.operations(),
                                s.clients(),
                                work.resolve(run));
                        case "crash-postgres" -> {
                            try (TestDatabases.Postgres db = TestDatabases.postgres()) {
                                yield CrashOracle.run(
                                        run,
                                        FaultRegion.onPostgres(
                                                s.port() + 1, work.resolve(run).resolve("region"), db.url(), db.user()),
                                        s.operations(),
                                        s.clients(),
                                        work.resolve(run));
                            }
                        }
                        case "outage" -> DatabaseOutage.run(
                                run,
                                s.port() + 2,
                                s.operations(),
                                s.clients(),
                                work.resolve(run),
                                s.pgPorts(),
                                s.pgPorts() + 9,
                                (region, workload, acks) -> {
                                    out.printf("== bad inputs: every endpoint of every WAR of the recovered region%n");
                                    Map<String, String> ids = new LinkedHashMap<>();
                                    ids.put("programmes", workload.programmeId());
                                    ids.put("programme", workload.programmeId());
                                    ids.put("providers", workload.providerId());
                                    ids.put("provider", workload.providerId());
                                    ids.put("memberships", workload.providerId());
                                    ids.put("vouchers", workload.voucherCodes().get(0));
                                    ids.put("voucher", workload.voucherCodes().get(0));
                                    ids.put("settlements", "00000000-0000-4000-8000-00000000f001"); // the demo data's
                                    if (!acks.isEmpty()) {
                                        ids.put("holds", acks.get(0).holdId());
                                    }
                                    bad[0] = BadInputs.run(region, ids);
                                });
                        default -> throw new IllegalArgumentException(
                                "No run " + run + " (crash-h2, crash-postgres, outage)");
                    };
            out.printf(
                    "%s: %s; %d operations held but never acknowledged; retried answers %s; audit %s%n",
                    run, f.survived(), f.oracle().unacknowledged(), f.retriedAnswers(), f.audit());
            f.notes().forEach(n -> out.println("  " + n));
            loads.add(f);
        }
        Summary summary = new Summary(loads, bad[0]);
        print(summary, out);
        return summary;
    }

    static void print(Summary s, PrintStream out) {
        out.println();
        out.printf(
                "%-16s %12s %6s %10s %8s %8s %8s  %s%n",
                "run", "acknowledged", "lost", "duplicated", "retried", "gave up", "refused", "audit");
        for (LoadFigures f : s.loads()) {
            out.printf(
                    "%-16s %12d %6d %10d %8d %8d %8d  %s%n",
                    f.run(),
                    f.oracle().acknowledged(),
                    f.oracle().lost(),
                    f.oracle().duplicated(),
                    f.load().retries(),
                    f.load().gaveUp(),
                    f.load().refused(),
                    f.audit().balanced() ? "balanced" : "NOT balanced");
        }
        BadInputs.Figures b = s.badInputs();
        if (b != null) {
            out.println();
            out.printf("%-52s %6s %9s %16s%n", "bad input", "tried", "accepted", "bare 400 (HTTP)");
            long tried = 0;
            long accepted = 0;
            long bare = 0;
            for (String c : b.tried().keySet()) {
                out.printf(
                        "%-52s %6d %9d %16d%n",
                        c,
                        b.tried().get(c),
                        b.accepted().get(c),
                        b.refusedBeforeTheRegion().get(c));
                tried += b.tried().get(c);
                accepted += b.accepted().get(c);
                bare += b.refusedBeforeTheRegion().get(c);
            }
            out.printf("%-52s %6d %9d %16d%n", "all", tried, accepted, bare);
            out.println("tables changed: " + (b.changedTables().isEmpty() ? "none" : b.changedTables()));
            out.println("audit before: " + b.auditBefore());
            out.println("audit after:  " + b.auditAfter());
            b.examples().forEach(e -> out.println("  " + e));
        }
        out.println(s.passed() ? "ops/faults: passed" : "ops/faults: FAILED");
    }
}
