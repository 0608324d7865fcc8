package org.transferhub.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * {@code ops/hub package <region> [--out FILE]}: one runnable jar for a region.
 *
 * <p>Payara Micro builds the uber jar ({@code --outputUberJar}) from the region's WARs (each at its
 * file name, {@code ROOT.war} at {@code /}), the PostgreSQL driver ({@code --addlibs}) and the
 * options every region runs with ({@code --nocluster --disablephonehome}). This class then adds the
 * region file as {@value RegionJar#REGION_FILE} and the launcher's classes, and makes
 * {@link RegionJar} the jar's main class. Secrets are never packaged: they are read at start from
 * the secrets directory.
 */
public final class Packager {

    /** Where Payara Micro's uber jar keeps the WARs it deploys at start. */
    static final String DEPLOY_DIR = "MICRO-INF/deploy/";

    private Packager() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1 && !(args.length == 3 && args[1].equals("--out"))) {
            System.err.println("usage: ops/hub package <region> [--out FILE]");
            System.exit(2);
        }
        Path regionDir =
                Path.of(System.getProperty("transferhub.regions", "regions")).resolve(args[0]);
        Path out = args.length == 3
                ? Path.of(args[2])
                : regionDir.resolve("target").resolve("transferhub-" + args[0] + ".jar");
        try {
            pack(regionDir, out);
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
        System.out.println("Region '" + args[0] + "' is packaged: " + out.toAbsolutePath());
        System.out.println(
                "Run it:  java -Xmx512m -jar " + out.toAbsolutePath() + " [--port N] [--data DIR] [--secrets DIR]");
    }

    /** Builds the region's jar at {@code out}, replacing what is there. */
    public static void pack(Path regionDir, Path out) throws IOException, InterruptedException {
        Path regionFile = regionDir.resolve("region.properties");
        if (!Files.isRegularFile(regionFile)) {
            throw new IllegalArgumentException("No region file at " + regionFile.toAbsolutePath());
        }
        List<Path> wars = RegionProcess.wars(regionDir);
        java.util.Properties paths = RegionProcess.paths();
        out = out.toAbsolutePath();
        Files.createDirectories(out.getParent());
        Path micro = Files.createTempFile(out.getParent(), "payara-uber", ".jar");
        try {
            List<String> cmd = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar",
                    paths.getProperty("payara.micro.jar"),
                    "--nocluster",
                    "--disablephonehome",
                    "--addlibs",
                    paths.getProperty("postgresql.jar")));
            for (Path war : wars) {
                cmd.addAll(List.of("--deploy", war.toAbsolutePath().toString()));
            }
            cmd.addAll(List.of("--outputUberJar", micro.toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (p.waitFor() != 0 || !output.contains("Built Uber Jar")) {
                throw new IllegalStateException("Payara Micro did not build the uber jar:\n" + output);
            }
            addRegion(micro, regionFile);
            Files.move(micro, out, StandardCopyOption.REPLACE_EXISTING);
            // A temporary file is private to its owner; the jar is an ordinary artefact.
            Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } finally {
            Files.deleteIfExists(micro);
        }
    }

    /** Adds the region file and the launcher's classes, and makes {@link RegionJar} the main class. */
    private static void addRegion(Path jar, Path regionFile) throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            Path target = zip.getPath(RegionJar.REGION_FILE);
            Files.createDirectories(target.getParent());
            Files.copy(regionFile, target, StandardCopyOption.REPLACE_EXISTING);

            Path manifestPath = zip.getPath("META-INF", "MANIFEST.MF");
            Manifest manifest;
            try (InputStream in = Files.newInputStream(manifestPath)) {
                manifest = new Manifest(in);
            }
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, RegionJar.class.getName());
            try (OutputStream os = Files.newOutputStream(manifestPath)) {
                manifest.write(os);
            }

            Path classes = classesRoot();
            String pkg = RegionJar.class.getPackageName().replace('.', '/');
            try (Stream<Path> s = Files.list(classes.resolve(pkg))) {
                Path dir = zip.getPath(pkg);
                Files.createDirectories(dir);
                for (Path c : s.filter(f -> f.toString().endsWith(".class")).toList()) {
                    Files.copy(c, dir.resolve(c.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The launcher's classes: its build's classes directory, or the root of its jar. */
    private static Path classesRoot() throws IOException {
        try {
            Path location = Path.of(Packager.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (Files.isDirectory(location)) {
                return location;
            }
            return FileSystems.newFileSystem(location).getPath("/");
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
