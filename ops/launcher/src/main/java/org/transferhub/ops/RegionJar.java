package org.transferhub.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The main class of a region's uber jar ({@code ops/hub package}): prepares what Payara Micro needs
 * at this start, then hands over to Payara Micro in the same JVM.
 *
 * <p>Payara Micro's uber jar fixes its command files when it is built; a region chooses its database,
 * data directory and port only when it starts. So this class, written into the jar as its
 * {@code Main-Class}, resolves the start-up settings, writes the preboot command file (HTTP on the
 * bind address) and the postboot command file (the pool {@code transferhub-pool} and the resource
 * {@code jdbc/transferhub}) under {@code <data>/runtime}, extracts the region file the jar carries,
 * and calls {@code fish.payara.micro.PayaraMicro.main} with {@code --port}, the command files and
 * {@code --secretsdir}.
 *
 * <p>Each start-up setting is looked up as MicroProfile Config would (system property, environment
 * variable, the region file, then a file of that name in the secrets directory) and set as a system
 * property, so the region's WARs see the same value. The database password is never written to disk:
 * the pool refers to the system property {@code transferhub.db.password}, which Payara resolves
 * when it creates the pool.
 */
public final class RegionJar {

    /** Where the packaged region file lives inside the jar. */
    static final String REGION_FILE = "TRANSFERHUB-INF/region.properties";

    static final String PORT = "transferhub.region.port";
    static final String BIND = "transferhub.region.bind.address";
    static final String SECRETS = "transferhub.region.secrets.dir";
    static final String DB_URL = "transferhub.db.url";
    static final String DB_USER = "transferhub.db.user";
    static final String DB_PASSWORD = "transferhub.db.password";
    static final String LOG_FORMAT = "transferhub.region.log.format";

    private final Properties regionFile;
    private final Path secrets;

    private RegionJar(Properties regionFile, Path secrets) {
        this.regionFile = regionFile;
        this.secrets = secrets;
    }

    public static void main(String[] args) throws Throwable {
        Path home = home();
        List<String> payara = new ArrayList<>();
        // Options of the jar itself win over every other source: they become system properties.
        for (int i = 0; i < args.length; i++) {
            String key =
                    switch (args[i]) {
                        case "--port" -> PORT;
                        case "--data" -> "transferhub.region.data.dir";
                        case "--secrets" -> SECRETS;
                        default -> null;
                    };
            if (key != null && i + 1 < args.length) {
                System.setProperty(key, args[++i]);
            } else {
                payara.add(args[i]);
            }
        }
        Properties regionFile = new Properties();
        try (InputStream in = RegionJar.class.getClassLoader().getResourceAsStream(REGION_FILE)) {
            if (in == null) {
                fail("this jar carries no " + REGION_FILE + ": build it with ops/hub package <region>");
            }
            regionFile.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        String secretsSetting = new RegionJar(regionFile, null).setting(SECRETS);
        Path secrets = secretsSetting != null
                ? Path.of(secretsSetting).toAbsolutePath()
                : Files.isDirectory(home.resolve("secrets")) ? home.resolve("secrets") : null;
        if (secrets != null && !Files.isDirectory(secrets)) {
            fail("the secrets directory " + secrets + " does not exist");
        }
        RegionJar jar = new RegionJar(regionFile, secrets);
        payara.addAll(0, jar.prepare(home));
        RegionProcess.SYSTEM_PROPERTIES.forEach((k, v) -> {
            if (System.getProperty(k) == null) {
                System.setProperty(k, v);
            }
        });
        Class.forName("fish.payara.micro.PayaraMicro")
                .getMethod("main", String[].class)
                .invoke(null, (Object) payara.toArray(String[]::new));
    }

    /** The WARs packed in this jar, by name. */
    private static List<Path> deployed() throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(Path.of(java.net.URI.create(RegionJar.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toString()))
                .toFile())) {
            return zip.stream()
                    .map(java.util.zip.ZipEntry::getName)
                    .filter(n -> n.startsWith(Packager.DEPLOY_DIR) && n.endsWith(".war"))
                    .map(Path::of)
                    .toList();
        }
    }

    /** Resolves the settings, writes the runtime files; returns the options for Payara Micro. */
    private List<String> prepare(Path home) throws IOException {
        int port = Integer.parseInt(settingOr(PORT, "8080"));
        String bind = settingOr(BIND, "127.0.0.1");
        try {
            RegionProcess.requireFreePort(bind, port, "choose another with --port or " + PORT);
        } catch (IllegalStateException e) {
            fail(e.getMessage());
        }
        Path data = Path.of(settingOr(
                        "transferhub.region.data.dir", home.resolve("data").toString()))
                .toAbsolutePath();
        String base = settingOr("transferhub.region.base.url", "http://127.0.0.1:" + port);
        publish(PORT, String.valueOf(port));
        publish("transferhub.region.data.dir", data.toString());
        publish("transferhub.region.base.url", base);
        publish("transferhub.region.hub.url", settingOr("transferhub.region.hub.url", base + "/hub"));
        String keys = setting("transferhub.region.keys.dir");
        if (keys != null) {
            publish("transferhub.region.keys.dir", keys);
        }

        publish(RegionProcess.CONTEXTS, RegionProcess.contexts(deployed()));

        Path runtime = data.resolve("runtime");
        Folders.delete(runtime); // the command files and unpacked server of a previous (perhaps killed) run
        Files.createDirectories(runtime.resolve("tmp"));
        // Payara Micro unpacks its runtime under java.io.tmpdir: keep it with the region's data.
        System.setProperty("java.io.tmpdir", runtime.resolve("tmp").toString());
        Path file = runtime.resolve("region.properties");
        try (InputStream in = RegionJar.class.getClassLoader().getResourceAsStream(REGION_FILE)) {
            Files.copy(in, file);
        }
        if (lookup(System.getProperty("transferhub.region.file"), "transferhub.region.file") == null) {
            System.setProperty("transferhub.region.file", file.toString());
        }

        RegionOptions.Database db;
        String url = setting(DB_URL);
        if (url == null || url.startsWith("jdbc:h2:")) {
            if (url != null) {
                fail(DB_URL + " is for PostgreSQL; the H2 database is always <data>/db/transferhub");
            }
            db = new RegionOptions.H2();
        } else if (url.startsWith("jdbc:postgresql:")) {
            String password = setting(DB_PASSWORD);
            // Payara's pool insists on a password, even where the server trusts the client.
            System.setProperty(DB_PASSWORD, password == null ? "unused" : password);
            db = new RegionOptions.Postgres(url, settingOr(DB_USER, "postgres"), "${" + DB_PASSWORD + "}");
        } else {
            fail(DB_URL + " must be a jdbc:postgresql: URL, not " + url);
            return List.of();
        }
        Path preboot = runtime.resolve("preboot.asadmin");
        Files.writeString(preboot, RegionProcess.prebootCommands(bind));
        Path postboot = runtime.resolve("postboot.asadmin");
        Files.writeString(postboot, RegionProcess.datasourceCommands(db, data));
        System.out.println("Region '" + regionFile.getProperty("transferhub.region.id", "?") + "' starting on "
                + base + " with data in " + data + " (" + (db instanceof RegionOptions.H2 ? "h2" : "postgres")
                + ")" + (secrets == null ? "" : ", secrets from " + secrets));

        List<String> options = new ArrayList<>(List.of(
                "--port",
                String.valueOf(port),
                "--prebootcommandfile",
                preboot.toString(),
                "--postbootcommandfile",
                postboot.toString()));
        if (secrets != null) {
            options.addAll(List.of("--secretsdir", secrets.toString()));
        }
        String logFormat = settingOr(LOG_FORMAT, "text");
        if (logFormat.equals("json")) {
            options.addAll(List.of("--logproperties", jsonLogging(runtime).toString()));
        } else if (!logFormat.equals("text")) {
            fail(LOG_FORMAT + " is text or json, not " + logFormat);
        }
        return options;
    }

    /**
     * Payara Micro's own logging configuration with its console handler writing one JSON object per
     * line (Payara's {@code JSONLogFormatter}) instead of its multi-line text records.
     */
    private static Path jsonLogging(Path runtime) throws IOException {
        Properties logging = new Properties();
        try (InputStream in =
                RegionJar.class.getClassLoader().getResourceAsStream("MICRO-INF/domain/logging.properties")) {
            logging.load(in);
        }
        logging.setProperty(
                "java.util.logging.ConsoleHandler.formatter", "fish.payara.enterprise.server.logging.JSONLogFormatter");
        Path file = runtime.resolve("logging.properties");
        try (var out = Files.newOutputStream(file)) {
            logging.store(out, "Payara Micro's logging, one JSON object per record (" + LOG_FORMAT + "=json)");
        }
        return file;
    }

    /**
     * A start-up setting as MicroProfile Config would find it: system property, environment variable
     * (upper case, dots as underscores), the region file, a file of that name in the secrets
     * directory. Blank counts as not set.
     */
    String setting(String key) {
        String v = lookup(System.getProperty(key), key);
        if (v == null) {
            v = blankToNull(regionFile.getProperty(key));
        }
        if (v == null && secrets != null && Files.isRegularFile(secrets.resolve(key))) {
            try {
                v = blankToNull(Files.readString(secrets.resolve(key)).trim());
            } catch (IOException e) {
                fail("cannot read " + secrets.resolve(key) + ": " + e.getMessage());
            }
        }
        return v;
    }

    private String settingOr(String key, String fallback) {
        String v = setting(key);
        return v == null ? fallback : v;
    }

    private static String lookup(String systemProperty, String key) {
        String v = blankToNull(systemProperty);
        return v != null
                ? v
                : blankToNull(System.getenv(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT)));
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** Every WAR reads the resolved value: a system property outranks the environment and the region file. */
    private static void publish(String key, String value) {
        System.setProperty(key, value);
    }

    /** The folder the jar is in: the default home of {@code data/} and {@code secrets/}. */
    private static Path home() throws URISyntaxException {
        Path jar = Path.of(RegionJar.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        return jar.toAbsolutePath().getParent();
    }

    private static void fail(String problem) {
        System.err.println("TransferHub: " + problem);
        System.exit(2);
    }
}
