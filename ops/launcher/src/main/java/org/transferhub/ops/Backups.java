package org.transferhub.ops;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * {@code ops/hub backup <region>} and {@code ops/hub restore <region> <file>}: the region's database
 * to one file and back, on H2 or PostgreSQL.
 *
 * <ul>
 *   <li>H2: {@code SCRIPT TO ... COMPRESSION ZIP} writes every schema, table, row, sequence and user
 *       as SQL in a zip; restore moves the current database files aside and runs the script into a
 *       new database ({@code RUNSCRIPT}). H2 is embedded: the region must be stopped for both (its
 *       server holds the database file).
 *   <li>PostgreSQL: {@code pg_dump --format=custom}, a consistent snapshot taken while the region
 *       runs; restore drops every schema of the database but {@code public} and runs {@code
 *       pg_restore}. The region must be stopped for a restore: it refuses while anything else is
 *       connected to the database.
 * </ul>
 *
 * The signing keys are not in the database and not in the backup: keep them with the region's
 * other secrets.
 */
public final class Backups {

    private Backups() {}

    /** Where a region's database is. */
    record Target(String region, Path data, RegionOptions.Database db) {

        String h2Url() {
            return "jdbc:h2:file:" + data.toAbsolutePath().resolve("db").resolve("transferhub");
        }

        String kind() {
            return db instanceof RegionOptions.Postgres ? "postgres" : "h2";
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !(args[0].equals("backup") || args[0].equals("restore"))) {
            usage("");
        }
        boolean restore = args[0].equals("restore");
        String region = args[1];
        int first = 2;
        Path file = null;
        if (restore) {
            if (args.length < 3 || args[2].startsWith("--")) {
                usage("restore needs the backup file");
            }
            file = Path.of(args[2]);
            first = 3;
        }
        Set<String> known = new java.util.HashSet<>(Flags.DATABASE);
        known.add("--data");
        if (!restore) {
            known.add("--out");
        }
        Flags flags = Flags.parse(Arrays.asList(args).subList(first, args.length), known, Backups::usage);
        Path data = flags.path("--data", Path.of("data", region));
        file = flags.path("--out", file);
        RegionOptions.Database database = flags.database(region, "h2");
        Target target = new Target(region, data, database);
        try {
            if (restore) {
                restore(target, file);
                System.out.println("Region '" + region + "' restored from " + file.toAbsolutePath() + " ("
                        + target.kind() + "). Start it as before.");
            } else {
                if (file == null) {
                    file = Path.of(
                            "backups",
                            region + "-" + target.kind() + "-"
                                    + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                                            .format(ZonedDateTime.now(ZoneOffset.UTC))
                                    + (database instanceof RegionOptions.Postgres ? ".dump" : ".zip"));
                }
                backup(target, file);
                System.out.println("Backup of region '" + region + "' (" + target.kind() + ") written to "
                        + file.toAbsolutePath());
            }
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** Writes the region's database to {@code file}. */
    public static void backup(Target t, Path file) throws IOException, InterruptedException, SQLException {
        file = file.toAbsolutePath();
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.deleteIfExists(file);
        if (t.db() instanceof RegionOptions.Postgres pg) {
            run(pg, List.of("pg_dump", "--format=custom", "--no-owner", "--file=" + file), t);
        } else {
            try (Connection c = openH2(t, true);
                    Statement s = c.createStatement()) {
                s.execute("SCRIPT TO '" + file.toString().replace("'", "''") + "' COMPRESSION ZIP");
            }
        }
    }

    /** Replaces the region's database with the one in {@code file}. */
    public static void restore(Target t, Path file) throws IOException, InterruptedException, SQLException {
        file = file.toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("No backup file at " + file);
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(5);
        }
        boolean pgDump = new String(head, StandardCharsets.US_ASCII).equals("PGDMP");
        boolean zip = head.length >= 2 && head[0] == 'P' && head[1] == 'K';
        if (t.db() instanceof RegionOptions.Postgres pg) {
            if (!pgDump) {
                throw new IllegalStateException(file + " is not a PostgreSQL backup (pg_dump custom format)"
                        + (zip ? "; it is an H2 backup: restore it without --db postgres" : ""));
            }
            try (Connection c = openPostgres(pg);
                    Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        throw new IllegalStateException("Region '" + t.region() + "': " + rs.getInt(1)
                                + " other connection(s) to " + pg.url()
                                + " are open: stop the region before a restore.");
                    }
                }
                List<String> schemas = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%'"
                        + " AND nspname NOT IN ('information_schema', 'public')")) {
                    while (rs.next()) {
                        schemas.add(rs.getString(1));
                    }
                }
                for (String schema : schemas) {
                    s.execute("DROP SCHEMA \"" + schema.replace("\"", "\"\"") + "\" CASCADE");
                }
            }
            run(pg, List.of("pg_restore", "--no-owner", "--exit-on-error", file.toString()), t);
        } else {
            if (!zip) {
                throw new IllegalStateException(file + " is not an H2 backup (a zipped SQL script)"
                        + (pgDump ? "; it is a PostgreSQL backup: restore it with --db postgres" : ""));
            }
            Path db = t.data().toAbsolutePath().resolve("db");
            if (Files.exists(db.resolve("transferhub.mv.db"))) {
                openH2(t, true).close(); // fails while the region runs
                Path aside = db.resolveSibling("db.before-restore-"
                        + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(ZonedDateTime.now(ZoneOffset.UTC)));
                Files.move(db, aside);
                System.out.println("The database it replaces is kept in " + aside);
            }
            try (Connection c = openH2(t, false);
                    Statement s = c.createStatement()) {
                s.execute("RUNSCRIPT FROM '" + file.toString().replace("'", "''") + "' COMPRESSION ZIP");
            }
        }
    }

    /** Runs pg_dump or pg_restore against the region's database. */
    private static void run(RegionOptions.Postgres pg, List<String> command, Target t)
            throws IOException, InterruptedException {
        if (!pg.url().startsWith("jdbc:postgresql://")) {
            throw new IllegalStateException("--db-url must be jdbc:postgresql://host[:port]/database, not " + pg.url());
        }
        List<String> cmd = new ArrayList<>(command);
        cmd.add(1, "--dbname=" + pg.url().substring("jdbc:".length()));
        cmd.add(1, "--username=" + pg.user());
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        if (pg.password() != null && !pg.password().isEmpty()) {
            pb.environment().put("PGPASSWORD", pg.password());
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException(command.get(0) + " is not installed: install Debian's postgresql-client"
                    + " (apt-get install postgresql-client)");
        }
        int status = p.waitFor();
        if (status != 0) {
            throw new IllegalStateException(
                    command.get(0) + " failed (status " + status + ") for region '" + t.region() + "' at " + pg.url());
        }
    }

    private static Connection openH2(Target t, boolean mustExist) throws IOException, SQLException {
        Properties p = new Properties();
        p.setProperty("user", "");
        p.setProperty("password", "");
        String url = t.h2Url() + (mustExist ? ";IFEXISTS=TRUE" : "");
        try {
            return driver("h2.jar", "org.h2.Driver").connect(url, p);
        } catch (SQLException e) {
            String why = String.valueOf(e.getMessage());
            if (why.contains("already in use") || why.contains("locked")) {
                throw new IllegalStateException("Region '" + t.region() + "': its H2 database " + t.h2Url()
                        + " is in use: stop the region first.");
            }
            if (mustExist && why.contains("not found")) {
                throw new IllegalStateException("Region '" + t.region() + "' has no H2 database under "
                        + t.data().toAbsolutePath() + "/db (give its data directory with --data)");
            }
            throw e;
        }
    }

    private static Connection openPostgres(RegionOptions.Postgres pg) throws IOException, SQLException {
        Properties p = new Properties();
        p.setProperty("user", pg.user());
        p.setProperty("password", pg.password() == null ? "" : pg.password());
        Connection c = driver("postgresql.jar", "org.postgresql.Driver").connect(pg.url(), p);
        if (c == null) {
            throw new IllegalStateException("Not a PostgreSQL URL: " + pg.url());
        }
        return c;
    }

    /**
     * The JDBC driver: from the jar the launcher's build resolved (the launcher has no dependencies),
     * or, when this class runs from a region's packaged jar, from inside that jar.
     */
    private static Driver driver(String jarKey, String className) throws IOException {
        Path jar = launcherProperty(jarKey) != null ? Path.of(launcherProperty(jarKey)) : packagedDriver(jarKey);
        try {
            @SuppressWarnings("resource") // the driver lives as long as the command
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, Backups.class.getClassLoader());
            return (Driver) Class.forName(className, true, loader)
                    .getDeclaredConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot load " + className + " from " + jar + ": " + e);
        }
    }

    private static String launcherProperty(String key) throws IOException {
        return Backups.class.getResource("launcher.properties") == null
                ? null
                : RegionProcess.paths().getProperty(key);
    }

    /** H2 as Payara Micro ships it, or the PostgreSQL driver the packager added, copied out of the region's jar. */
    private static Path packagedDriver(String jarKey) throws IOException {
        String prefix = jarKey.equals("h2.jar") ? "MICRO-INF/runtime/h2.jar" : "MICRO-INF/lib/postgresql-";
        try (java.util.zip.ZipFile own = new java.util.zip.ZipFile(Path.of(Backups.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toFile())) {
            var entry = own.stream()
                    .filter(e -> e.getName().startsWith(prefix))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No " + prefix + "* in this jar"));
            Path copy = Files.createTempFile("transferhub-driver", ".jar");
            copy.toFile().deleteOnExit();
            try (InputStream in = own.getInputStream(entry)) {
                Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return copy;
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static void usage(String problem) {
        if (!problem.isEmpty()) {
            System.err.println("ops/hub: " + problem);
        }
        System.err.println("usage: ops/hub backup <region> [--data DIR] [--db h2|postgres] [--db-url URL]"
                + " [--db-user USER] [--db-password PASSWORD] [--out FILE]\n"
                + "       ops/hub restore <region> <file> [--data DIR] [--db h2|postgres] [--db-url URL]"
                + " [--db-user USER] [--db-password PASSWORD]");
        System.exit(2);
    }
}
