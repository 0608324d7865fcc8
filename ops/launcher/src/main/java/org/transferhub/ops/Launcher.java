package org.transferhub.ops;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

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
        Set<String> known = new java.util.HashSet<>(Flags.DATABASE);
        known.addAll(Set.of("--port", "--data", "--secrets"));
        Flags flags = Flags.parse(Arrays.asList(args).subList(2, args.length), known, Launcher::usage);
        int port = flags.number("--port", 8080, 1, 65535);
        Path data = flags.path("--data", Path.of("data", region));
        String db = flags.text("--db", "h2");
        RegionOptions options = new RegionOptions(regions.resolve(region), port, data, flags.database(region, "h2"))
                .withSecrets(flags.path("--secrets", null));
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

    private static void usage(String problem) {
        if (!problem.isEmpty()) {
            System.err.println("ops/hub: " + problem);
        }
        System.err.println(
                "usage: ops/hub run <region> [--port N] [--data DIR] [--secrets DIR] [--db h2|postgres] [--db-url URL] [--db-user USER] [--db-password PASSWORD]");
        System.exit(2);
    }
}
