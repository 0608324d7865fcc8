package org.transferhub.ops.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up time (from the process's start to the first 200 on a readiness URL) and resident memory
 * ({@code VmRSS}) of a Payara Micro process.
 */
final class Startup {

    private static final Duration TIMEOUT = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private Startup() {}

    /** One start: seconds to the first 200, and resident memory then. */
    record Sample(double seconds, long rssKb) {}

    /**
     * Starts a bare Payara Micro with one WAR at {@code /hello}, as the launcher starts a region's
     * (same runtime, {@code -Xmx512m}, no data grid), measures it and stops it.
     */
    static Sample bareHello(Path microJar, Path war, int port, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("tmp"));
        Process p = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-Djava.io.tmpdir=" + dir.resolve("tmp").toAbsolutePath(),
                        "-jar",
                        microJar.toString(),
                        "--disablephonehome",
                        "--nocluster",
                        "--port",
                        String.valueOf(port),
                        "--deploy",
                        war.toAbsolutePath() + ":/hello"))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile())
                .start();
        try {
            return ready(p.pid(), URI.create("http://127.0.0.1:" + port + "/hello/api/hello"));
        } finally {
            p.destroy();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    /** Waits for the first 200 at {@code url}; the time counts from the start of process {@code pid}. */
    static Sample ready(long pid, URI url) throws InterruptedException {
        Instant started = ProcessHandle.of(pid)
                .flatMap(h -> h.info().startInstant())
                .orElseThrow(() -> new IllegalStateException("Process " + pid + " is gone"));
        Instant deadline = started.plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (answers(url)) {
                return new Sample(Duration.between(started, Instant.now()).toMillis() / 1000.0, rssKb(pid));
            }
            if (ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) {
                throw new IllegalStateException("Process " + pid + " stopped before " + url + " answered");
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(url + " did not answer 200 within " + TIMEOUT.toMinutes() + " minutes");
    }

    private static boolean answers(URI url) throws InterruptedException {
        try {
            return HTTP.send(
                                    HttpRequest.newBuilder(url)
                                            .timeout(Duration.ofSeconds(5))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** The process's resident memory ({@code VmRSS} in {@code /proc/<pid>/status}), in KiB. */
    static long rssKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
                    .findFirst()
                    .orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot read the memory of process " + pid, e);
        }
    }
}
