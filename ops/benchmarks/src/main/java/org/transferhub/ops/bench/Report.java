package org.transferhub.ops.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The table (printed) and docs/benchmarks.md (the table with the machine, the method and the analysis). */
final class Report {

    private Report() {}

    static String tables(Bench.Results r) {
        StringBuilder s = new StringBuilder();
        s.append("### Start-up and memory (median of ")
                .append(r.options().runs())
                .append(r.options().runs() == 1 ? " start" : " starts")
                .append(")\n\n");
        s.append("| | Bare Payara Micro + hello WAR | Demo region | Ratio |\n|---|---:|---:|---:|\n");
        double helloUp =
                median(r.hello().stream().mapToDouble(Startup.Sample::seconds).toArray());
        double demoUp =
                median(r.demo().stream().mapToDouble(Startup.Sample::seconds).toArray());
        double helloRss =
                median(r.hello().stream().mapToDouble(Startup.Sample::rssKb).toArray()) / 1024;
        double demoRss =
                median(r.demo().stream().mapToDouble(Startup.Sample::rssKb).toArray()) / 1024;
        row(s, "Start to first 200", f("%.1f s", helloUp), f("%.1f s", demoUp), ratio(demoUp, helloUp));
        row(s, "Resident memory when ready", f("%.0f MiB", helloRss), f("%.0f MiB", demoRss), ratio(demoRss, helloRss));
        double after = r.demoRssAfterLoadKb() / 1024.0;
        row(s, "Resident memory after the H2 load", "", f("%.0f MiB", after), ratio(after, helloRss));

        s.append("\n### Voucher hold + capture (one operation = a hold and its capture)\n\n");
        s.append("| Database | Clients | Raw JDBC ops/s | p50 | p99 | HTTP ops/s | p50 | p99 | HTTP / raw |\n");
        s.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Bench.OnDatabase d : r.databases()) {
            for (int i = 0; i < d.raw().size(); i++) {
                LoadRun.Level raw = d.raw().get(i);
                LoadRun.Level http = d.http().get(i);
                row(
                        s,
                        d.database(),
                        String.valueOf(raw.clients()),
                        f("%.0f", raw.perSecond()),
                        f("%.1f ms", raw.p50Millis()),
                        f("%.1f ms", raw.p99Millis()),
                        f("%.0f", http.perSecond()) + failures(http),
                        f("%.1f ms", http.p50Millis()),
                        f("%.1f ms", http.p99Millis()),
                        percent(http.perSecond(), raw.perSecond()));
            }
        }
        s.append("\n| Database | Raw JDBC operations | Raw books balanced | HTTP operations | HTTP requests sent again"
                + " | Region audit | Journals |\n|---|---:|---|---:|---:|---|---:|\n");
        for (Bench.OnDatabase d : r.databases()) {
            row(
                    s,
                    d.database(),
                    String.valueOf(total(d.raw())),
                    d.rawBalanced() ? "balanced" : "NOT balanced",
                    String.valueOf(total(d.http())),
                    String.valueOf(d.retries()),
                    d.audit().balanced()
                            ? "balanced"
                            : "NOT balanced: " + d.audit().problems(),
                    String.valueOf(d.audit().journals()));
        }

        JsonObject c = r.calls();
        double local = c.getJsonNumber("local").doubleValue();
        double remote = c.getJsonNumber("remote").doubleValue();
        double directory = c.getJsonNumber("throughDirectory").doubleValue();
        s.append("\n### Cross-plugin SPI call (")
                .append(c.getInt("calls"))
                .append(" calls each, after as many to warm up)\n\n");
        s.append("| Call | Time per call | Ratio to local |\n|---|---:|---:|\n");
        row(s, "Local (the implementation's CDI bean)", nanos(local), "1×");
        row(s, "REST client proxy, built once (the HTTP hop)", nanos(remote), ratio(remote, local));
        row(
                s,
                "`Services.require(X.class).call()` (directory lookup + HTTP hop)",
                nanos(directory),
                ratio(directory, local));
        row(s, "of which the directory lookup", nanos(directory - remote), "");
        return s.toString();
    }

    static String markdown(Bench.Results r) {
        Machine m = r.machine();
        StringBuilder s = new StringBuilder();
        s.append("# Benchmarks\n\n");
        s.append("Written by `ops/bench")
                .append(r.options().quick() ? " --quick" : "")
                .append("` on ")
                .append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(r.at().atOffset(ZoneOffset.UTC)))
                .append(" (the run took ")
                .append(f("%.1f", r.took().toSeconds() / 60.0))
                .append(" minutes). Every figure is measured next to its floor or ceiling in the same run:"
                        + " read the ratios, which travel between machines better than the absolute figures.\n\n");
        s.append("## Machine\n\n");
        s.append("- CPU: ").append(m.cpu()).append(", ").append(m.cores()).append(" cores\n");
        s.append("- Memory: ").append(f("%.1f GiB", m.memoryMiB() / 1024.0)).append('\n');
        s.append("- OS: ").append(m.os()).append('\n');
        s.append("- Java: ").append(m.java()).append('\n');
        s.append("- Payara Micro ").append(m.payara()).append('\n');
        s.append("- H2 ").append(m.h2()).append(" (embedded: in the region, and in the harness for raw JDBC)\n");
        s.append("- PostgreSQL ").append(m.postgres()).append(" at 127.0.0.1:5432\n");
        s.append("- Load average (1 minute) when the run started and ended: ")
                .append(r.loadAtStart())
                .append(" and ")
                .append(r.loadAtEnd())
                .append(
                        busy(r.loadAtStart(), m)
                                ? " (more than the cores at the start: other work competed with the run, and the"
                                        + " figures are low)"
                                : " (the load at the end counts the run's own clients and servers)")
                .append("\n\n");
        s.append(resource("method.md")
                .replace("{runs}", String.valueOf(r.options().runs()))
                .replace("{warmUp}", String.valueOf(r.options().warmUp().toSeconds()))
                .replace(
                        "{regionWarmUp}",
                        String.valueOf(r.options().regionWarmUp().toSeconds()))
                .replace("{seconds}", String.valueOf(r.options().measured().toSeconds()))
                .replace("{calls}", String.valueOf(r.options().calls())));
        s.append("\n## Figures\n\n").append(tables(r));
        s.append("\n## Analysis\n\n");
        for (Bench.OnDatabase d : r.databases()) {
            LoadRun.Level raw = d.raw().get(d.raw().size() - 1);
            LoadRun.Level http = d.http().get(d.http().size() - 1);
            s.append("- ")
                    .append(d.database())
                    .append(", ")
                    .append(http.clients())
                    .append(" clients: the HTTP path did ")
                    .append(f("%.0f", http.perSecond()))
                    .append(" hold+capture pairs a second, ")
                    .append(percent(http.perSecond(), raw.perSecond()))
                    .append(" of raw JDBC's ")
                    .append(f("%.0f", raw.perSecond()))
                    .append(" (target: at least 50 %).\n");
        }
        s.append('\n').append(resource("analysis.md"));
        return s.toString();
    }

    /** Another job's load when the run started: the run's own threads load the machine by its end. */
    private static boolean busy(String loadAtStart, Machine m) {
        try {
            return Double.parseDouble(loadAtStart) > m.cores();
        } catch (NumberFormatException unknown) {
            return false; // no /proc/loadavg: say nothing
        }
    }

    private static String resource(String name) {
        try (InputStream in = Report.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long total(List<LoadRun.Level> levels) {
        return levels.stream().mapToLong(LoadRun.Level::operations).sum();
    }

    private static String failures(LoadRun.Level l) {
        return l.failures() == 0 ? "" : " (" + l.failures() + " failed)";
    }

    private static void row(StringBuilder s, String... cells) {
        s.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static String ratio(double a, double b) {
        return f("%.1f×", a / b);
    }

    private static String percent(double a, double b) {
        return f("%.0f %%", 100 * a / b);
    }

    private static String nanos(double ns) {
        return ns >= 1_000_000 ? f("%.2f ms", ns / 1e6) : ns >= 1_000 ? f("%.1f µs", ns / 1e3) : f("%.0f ns", ns);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
