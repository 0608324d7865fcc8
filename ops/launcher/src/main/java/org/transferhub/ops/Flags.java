package org.transferhub.ops;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@code --name value} options of an {@code ops/hub} command, checked against the ones the
 * command takes, with the readers the commands share (a port, a path, the database options).
 * {@code usage} prints the problem with the command's usage and exits; it never returns.
 */
final class Flags {

    /** The database options every command that opens the region's database takes. */
    static final Set<String> DATABASE = Set.of("--db", "--db-url", "--db-user", "--db-password");

    private final Map<String, String> values;
    private final Consumer<String> usage;

    private Flags(Map<String, String> values, Consumer<String> usage) {
        this.values = values;
        this.usage = usage;
    }

    static Flags parse(List<String> args, Set<String> known, Consumer<String> usage) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String flag = args.get(i);
            if (!known.contains(flag)) {
                fail(usage, "unknown option " + flag);
            }
            if (i + 1 >= args.size()) {
                fail(usage, flag + " needs a value");
            }
            values.put(flag, args.get(i + 1));
        }
        return new Flags(values, usage);
    }

    String text(String flag, String fallback) {
        return values.getOrDefault(flag, fallback);
    }

    Path path(String flag, Path fallback) {
        String v = values.get(flag);
        return v == null ? fallback : Path.of(v);
    }

    int number(String flag, int fallback, int min, int max) {
        String v = values.get(flag);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            fail(usage, flag + " takes a number from " + min + " to " + max + ", not " + v);
            return -1;
        }
    }

    /**
     * {@code --db h2|postgres} (default {@code kind}) with {@code --db-url} (default this machine's
     * {@code transferhub_<region>}), {@code --db-user} ({@code postgres}) and {@code --db-password}.
     */
    RegionOptions.Database database(String region, String kind) {
        String db = text("--db", kind);
        return switch (db) {
            case "h2" -> new RegionOptions.H2();
            case "postgres" -> new RegionOptions.Postgres(
                    text("--db-url", "jdbc:postgresql://127.0.0.1:5432/transferhub_" + region),
                    text("--db-user", "postgres"),
                    text("--db-password", ""));
            default -> {
                fail(usage, "--db is h2 or postgres, not " + db);
                yield null;
            }
        };
    }

    private static void fail(Consumer<String> usage, String problem) {
        usage.accept(problem);
        throw new IllegalStateException(problem); // usage exits; this is never reached
    }
}
