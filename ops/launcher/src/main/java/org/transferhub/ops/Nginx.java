package org.transferhub.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * nginx (Debian's package) in front of a cluster's instances, as the invoking user, with a config
 * written under the cluster's data directory ({@code <data>/nginx/nginx.conf}): nothing of {@code
 * /etc/nginx} is used, and its default site is never started. It runs in the foreground as a child
 * of the cluster's supervisor ({@code daemon off}), which reloads it ({@code nginx -s reload}) when
 * an instance leaves or rejoins.
 *
 * <p>Balancing: round-robin over the instances that are serving. Failover is passive: a request
 * whose instance refuses the connection, resets it or times out before answering goes to the next
 * instance ({@code proxy_next_upstream error timeout}), and the failed instance gets no request for
 * 10 seconds ({@code max_fails=1 fail_timeout=10s}).
 *
 * <p>nginx retries GET and HEAD by itself; a POST only with {@code non_idempotent}, because the
 * first instance may have done it before it failed. The region's state-changing POSTs honour an
 * {@code Idempotency-Key}: the idempotency record commits in the effect's transaction, in the one
 * database, so the next instance answers a retry with the first result when the first instance
 * committed, and runs it once when it did not. So a POST that carries the header is retried ({@code
 * non_idempotent}), and one without it is not (the named location {@code @unkeyed}): its client
 * gets the 502 and decides.
 */
final class Nginx {

    /** One instance as nginx sees it: its port, and whether it gets requests. */
    record Upstream(int port, boolean serving) {}

    private final Path dir;
    private final String region;
    private final int port;
    private Process process;

    Nginx(Path dir, String region, int port) {
        this.dir = dir.toAbsolutePath();
        this.region = region;
        this.port = port;
    }

    Path dir() {
        return dir;
    }

    Path config() {
        return dir.resolve("nginx.conf");
    }

    /** The nginx binary: {@code TRANSFERHUB_NGINX}, else Debian's {@code /usr/sbin/nginx}, else {@code nginx} on the PATH. */
    static String binary() {
        String configured = System.getenv("TRANSFERHUB_NGINX");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
    }

    void start(List<Upstream> upstreams) throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("logs"));
        Files.createDirectories(dir.resolve("tmp"));
        Files.deleteIfExists(dir.resolve("nginx.pid"));
        write(upstreams);
        test();
        process = new ProcessBuilder(command())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("logs").resolve("nginx.out").toFile())
                .start();
        // Ready when it has written its pid file (after binding the port); a bad start exits.
        for (int i = 0; i < 100 && process.isAlive() && !Files.exists(dir.resolve("nginx.pid")); i++) {
            Thread.sleep(100);
        }
        if (!process.isAlive() || !Files.exists(dir.resolve("nginx.pid"))) {
            throw new IllegalStateException("nginx did not start on 127.0.0.1:" + port + ": see "
                    + dir.resolve("logs").resolve("error.log"));
        }
    }

    /** Writes the config for the instances as they are now and makes nginx read it, gracefully. */
    void reload(List<Upstream> upstreams) throws IOException, InterruptedException {
        write(upstreams);
        List<String> cmd = new ArrayList<>(command());
        cmd.addAll(List.of("-s", "reload"));
        run(cmd, "reload");
    }

    /** {@code nginx -t}: the config is valid (checked before the start, with nginx's own words on failure). */
    private void test() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(command());
        cmd.add("-t");
        run(cmd, "test its config");
    }

    private void run(List<String> cmd, String what) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = Cluster.read(p.getInputStream());
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("nginx could not " + what + ": " + out.strip());
        }
    }

    private List<String> command() {
        return List.of(
                binary(),
                "-p",
                dir + "/",
                "-c",
                config().toString(),
                // Errors before the config is read go here too, not to /var/log/nginx.
                "-e",
                dir.resolve("logs").resolve("error.log").toString());
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Fast shutdown (SIGTERM), then SIGKILL after 10 seconds. */
    void stop() {
        Process p = process;
        if (p == null) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(List<Upstream> upstreams) throws IOException {
        Files.writeString(config(), config(upstreams), StandardCharsets.UTF_8);
    }

    /** The whole config, for these instances. */
    String config(List<Upstream> upstreams) {
        String user = System.getProperty("user.name");
        StringBuilder servers = new StringBuilder();
        for (Upstream u : upstreams) {
            servers.append("        server 127.0.0.1:")
                    .append(u.port())
                    .append(u.serving() ? " max_fails=1 fail_timeout=10s;" : " down;  # restarting")
                    .append('\n');
        }
        Path tmp = dir.resolve("tmp");
        Path logs = dir.resolve("logs");
        return """
                # Written by ops/hub cluster for region '%1$s' at each start and whenever an instance
                # leaves or rejoins: edits are lost. See docs/operations.md, "Scaling out".
                daemon off;
                %2$sworker_processes 1;
                pid %3$s/nginx.pid;
                error_log %4$s/error.log warn;

                events {
                    worker_connections 1024;
                }

                http {
                    log_format upstream '$remote_addr [$time_iso8601] "$request" $status $body_bytes_sent '
                                        'upstream=$upstream_addr upstream_status=$upstream_status '
                                        'instance=$upstream_http_x_transferhub_instance time=$request_time';
                    access_log %4$s/access.log upstream;
                    client_body_temp_path %5$s/client_body;
                    proxy_temp_path %5$s/proxy;
                    fastcgi_temp_path %5$s/fastcgi;
                    uwsgi_temp_path %5$s/uwsgi;
                    scgi_temp_path %5$s/scgi;
                    client_max_body_size 10m;

                    # A POST without an Idempotency-Key is not retried on another instance (see @unkeyed).
                    map "$request_method:$http_idempotency_key" $unkeyed_post {
                        "POST:"  1;
                        default  0;
                    }

                    upstream transferhub_%1$s {
                %6$s        keepalive 16;
                    }

                    server {
                        listen 127.0.0.1:%7$d;
                        server_name _;

                        proxy_http_version 1.1;
                        proxy_set_header Connection "";
                        proxy_set_header Host $http_host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_connect_timeout 2s;
                        proxy_read_timeout 60s;
                        # A dead instance refuses or resets: try the next one, for at most 30 seconds.
                        proxy_next_upstream_timeout 30s;

                        location / {
                            error_page 418 = @unkeyed;
                            if ($unkeyed_post) {
                                return 418;
                            }
                            proxy_pass http://transferhub_%1$s;
                            # Safe for POSTs: every state-changing POST carries an Idempotency-Key here.
                            proxy_next_upstream error timeout non_idempotent;
                        }

                        location @unkeyed {
                            proxy_pass http://transferhub_%1$s;
                            proxy_next_upstream error timeout;
                        }
                    }
                }
                """
                .formatted(
                        region,
                        "root".equals(user) ? "user root;  # the invoking user: workers do not switch to nobody\n" : "",
                        dir,
                        logs,
                        tmp,
                        servers,
                        port);
    }
}
