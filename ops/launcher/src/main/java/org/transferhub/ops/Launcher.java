package org.transferhub.ops;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;

/**
 * {@code ops/hub run <region> [--port N] [--data DIR] [--secrets DIR] [--db h2|postgres] [--db-url URL]
 * [--db-user USER] [--db-password PASSWORD]}: starts the region and runs until Ctrl-C.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !args[0].equals("run")) {
            usage("");
        }
        Path regions = Path.of(System.getProperty("transferhub.regions", "regions"));
        String region = args[1];
        int port = 8080;
        Path data = null;
        Path secrets = null;
        String db = "h2";
        String dbUrl = null;
        String dbUser = "postgres";
        String dbPassword = "";
        Iterator<String> it = Arrays.asList(args).subList(2, args.length).iterator();
        while (it.hasNext()) {
            String flag = it.next();
            if (!it.hasNext()) {
                usage(flag + " needs a value");
            }
            String value = it.next();
            switch (flag) {
                case "--port" -> port = parsePort(value);
                case "--data" -> data = Path.of(value);
                case "--secrets" -> secrets = Path.of(value);
                case "--db" -> db = value;
                case "--db-url" -> dbUrl = value;
                case "--db-user" -> dbUser = value;
                case "--db-password" -> dbPassword = value;
                default -> usage("unknown option " + flag);
            }
        }
        if (data == null) {
            data = Path.of("data", region);
        }
        RegionOptions.Database database =
                switch (db) {
                    case "h2" -> new RegionOptions.H2();
                    case "postgres" -> new RegionOptions.Postgres(
                            dbUrl == null ? "jdbc:postgresql://127.0.0.1:5432/transferhub_" + region : dbUrl,
                            dbUser,
                            dbPassword);
                    default -> {
                        usage("--db is h2 or postgres, not " + db);
                        yield null;
                    }
                };
        RegionOptions options = new RegionOptions(regions.resolve(region), port, data, database).withSecrets(secrets);
        System.out.println("Starting region '" + region + "' on port " + port + " with data in " + data.toAbsolutePath()
                + " (" + db + ") ...");
        RegionProcess process;
        try {
            process = RegionProcess.start(options);
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping region '" + region + "' ...");
            try {
                process.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        String url = process.baseUrl().toString();
        System.out.println();
        System.out.println("TransferHub region '" + region + "' is running:");
        System.out.println("  Portal     " + url
                + "/   (sign in as operator, holder, provider, reviewer or manager; password = name)");
        System.out.println("  Region     " + url + "/hub/api/region");
        System.out.println("  Plugins    " + url + "/hub/api/plugins");
        System.out.println("  Health     " + url + "/health");
        System.out.println("  OpenAPI    " + url + "/openapi");
        System.out.println("  Server log " + process.log());
        System.out.println("Press Ctrl-C to stop.");
        process.waitFor();
    }

    private static int parsePort(String value) {
        try {
            int p = Integer.parseInt(value);
            if (p < 1 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            usage("--port takes a number from 1 to 65535, not " + value);
            return -1;
        }
    }

    private static void usage(String problem) {
        if (!problem.isEmpty()) {
            System.err.println("ops/hub: " + problem);
        }
        System.err.println(
                "usage: ops/hub run <region> [--port N] [--data DIR] [--secrets DIR] [--db h2|postgres] [--db-url URL] [--db-user USER] [--db-password PASSWORD]");
        System.exit(2);
    }
}
