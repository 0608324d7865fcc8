package org.transferhub.ops.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the figures were measured on: they mean little without it. */
record Machine(
        String cpu, int cores, long memoryMiB, String os, String java, String payara, String h2, String postgres) {

    /**
     * The machine's load average over the last minute ({@code /proc/loadavg}): above the number of
     * cores when the run starts, something else competes with it, and its figures are low.
     */
    static String loadAverage() {
        List<String> l = lines(Path.of("/proc/loadavg"));
        return l.isEmpty() ? "unknown" : l.get(0).split(" ")[0];
    }

    static Machine describe(String payara, String h2, String postgres) {
        List<String> cpuinfo = lines(Path.of("/proc/cpuinfo"));
        String model = cpuinfo.stream()
                .filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim())
                .findFirst()
                .orElse("unknown");
        long memKb = lines(Path.of("/proc/meminfo")).stream()
                .filter(l -> l.startsWith("MemTotal:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
                .findFirst()
                .orElse(0L);
        String os = lines(Path.of("/etc/os-release")).stream()
                        .filter(l -> l.startsWith("PRETTY_NAME="))
                        .map(l -> l.substring(l.indexOf('=') + 1).replace("\"", ""))
                        .findFirst()
                        .orElse(System.getProperty("os.name"))
                + ", Linux " + System.getProperty("os.version");
        String java = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                + System.getProperty("java.vm.vendor") + ")";
        return new Machine(
                model, Runtime.getRuntime().availableProcessors(), memKb / 1024, os, java, payara, h2, postgres);
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            return List.of();
        }
    }
}
