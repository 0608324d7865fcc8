package org.transferhub.ops.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.transferhub.ops.workload.ConservationAudit;
import org.transferhub.ops.workload.RegionHttp;
import org.transferhub.testkit.EndpointInputChecks;
import org.transferhub.testkit.EndpointSecurity;
import org.transferhub.testkit.RegionClient;
import org.transferhub.testkit.TableFingerprints;

/**
 * The bad-input corpus ({@link EndpointInputChecks}) to every endpoint of every WAR of a running
 * demo region, with real ids where the region has them: every answer a 4xx problem+json, and every
 * table of the database as it was before, as is the audit. The region's own bookkeeping (job
 * leases and their runs, the directory's heartbeats) moves on its own and is left out.
 */
public final class BadInputs {

    /** Tables the region's jobs write every few seconds, whatever the requests. */
    private static final Set<String> MOVING = Set.of("lease", "lease_run", "directory_instance");

    /**
     * Tables the relay of events writes: an outbox row relayed, the hub's event log and its head, a
     * plugin's place in the feed. The operations of the run before are relayed in the next minute;
     * a bad input taken for good would change a domain table too.
     */
    private static final Set<String> RELAY = Set.of("outbox", "event_log", "event_head", "feed_cursor");

    /**
     * The counts by category, and whether the state stayed.
     *
     * @param tried bad requests sent, by category
     * @param accepted of those, answered otherwise than 4xx problem+json, by category
     * @param refusedBeforeTheRegion of those, refused by the server's HTTP layer with a bare 400
     *     before any WAR saw them (not problem+json, but nothing taken), by category
     * @param changedTables tables whose content changed over the sweep (none, when all is well)
     * @param auditBefore the audit before the sweep
     * @param auditAfter and after
     */
    record Figures(
            Map<String, Long> tried,
            Map<String, Long> accepted,
            Map<String, Long> refusedBeforeTheRegion,
            List<String> examples,
            List<String> changedTables,
            ConservationAudit auditBefore,
            ConservationAudit auditAfter) {

        boolean passed() {
            return accepted.values().stream().allMatch(n -> n == 0)
                    && changedTables.isEmpty()
                    && auditAfter.balanced()
                    && auditBefore.toString().equals(auditAfter.toString());
        }
    }

    private BadInputs() {}

    /**
     * @param realIds real ids of the region's data, as {@link EndpointInputChecks#sweep} takes them
     */
    static Figures run(FaultRegion region, Map<String, String> realIds) throws Exception {
        RegionHttp http = region.http();
        RegionClient client = new RegionClient(http.base());
        String operator = http.signIn("operator");
        TreeMap<String, TableFingerprints.Fingerprint> before = quiet(region);
        ConservationAudit auditBefore = ConservationAudit.read(http, operator);
        Map<String, Long> tried = new LinkedHashMap<>();
        Map<String, Long> accepted = new LinkedHashMap<>();
        Map<String, Long> refusedBeforeTheRegion = new LinkedHashMap<>();
        EndpointInputChecks.BAD_BODIES.keySet().forEach(c -> tried.put(c, 0L));
        tried.put(EndpointInputChecks.IN_PATHS, 0L);
        tried.keySet().forEach(c -> accepted.put(c, 0L));
        tried.keySet().forEach(c -> refusedBeforeTheRegion.put(c, 0L));
        List<String> examples = new ArrayList<>();
        List<Path> wars;
        try (Stream<Path> s = Files.list(region.wars())) {
            wars = s.filter(w -> w.toString().endsWith(".war"))
                    .filter(w -> !w.getFileName().toString().equals("ROOT.war"))
                    .sorted()
                    .toList();
        }
        for (Path war : wars) {
            for (EndpointSecurity.Endpoint e : EndpointSecurity.endpoints(war)) {
                for (EndpointInputChecks.Finding f :
                        EndpointInputChecks.sweep(client, e, region.tokens(), "demo", realIds)) {
                    tried.merge(f.category(), 1L, Long::sum);
                    if (f.beforeTheRegion()) {
                        long n = refusedBeforeTheRegion.merge(f.category(), 1L, Long::sum);
                        if (n <= 2) {
                            examples.add(f.category() + ": " + f.request() + ": refused before the region");
                        }
                    }
                    if (f.accepted()) {
                        long n = accepted.merge(f.category(), 1L, Long::sum);
                        if (n <= 5) { // a few of each category say what is wrong
                            examples.add(f.category() + ": " + f.request() + ": " + f.wrong());
                        }
                    }
                }
            }
        }
        TreeMap<String, TableFingerprints.Fingerprint> after = quiet(region);
        List<String> changed = new ArrayList<>();
        for (String t : union(before.keySet(), after.keySet())) {
            if (!java.util.Objects.equals(before.get(t), after.get(t))) {
                changed.add(t + " (" + rows(before.get(t)) + " rows before, " + rows(after.get(t)) + " after)");
            }
        }
        return new Figures(
                tried,
                accepted,
                refusedBeforeTheRegion,
                examples,
                changed,
                auditBefore,
                ConservationAudit.read(http, operator));
    }

    private static String rows(TableFingerprints.Fingerprint f) {
        return f == null ? "none" : Long.toString(f.rows());
    }

    private static List<String> union(Set<String> a, Set<String> b) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /**
     * Every table but the moving ones, once two readings 3 s apart agree: what requests of a
     * moment ago still set going (events relayed, a feed read) has settled.
     */
    private static TreeMap<String, TableFingerprints.Fingerprint> quiet(FaultRegion region) throws Exception {
        TreeMap<String, TableFingerprints.Fingerprint> last = null;
        for (int i = 0; i < 20; i++) {
            TreeMap<String, TableFingerprints.Fingerprint> now;
            try (Connection c = region.database().getConnection()) {
                now = TableFingerprints.of(c);
            }
            now.keySet().removeIf(t -> {
                String name = t.substring(t.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
                return MOVING.contains(name) || RELAY.contains(name);
            });
            if (now.equals(last)) {
                return now;
            }
            last = now;
            Thread.sleep(3_000);
        }
        throw new IllegalStateException("The region's tables did not settle within a minute");
    }
}
