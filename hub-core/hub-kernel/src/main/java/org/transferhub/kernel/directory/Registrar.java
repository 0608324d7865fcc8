package org.transferhub.kernel.directory;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.Readiness;
import org.transferhub.kernel.config.RegionSettings;
import org.transferhub.kernel.health.PluginHealth;
import org.transferhub.kernel.plugin.PluginStarted;
import org.transferhub.spi.directory.Directory;
import org.transferhub.spi.directory.Registration;

/**
 * Registers this plugin instance with the hub's directory once it has started, retrying every
 * two seconds until the hub answers (so the order in which WARs deploy does not matter), then
 * renews the registration every heartbeat with the plugin's current health.
 */
@ApplicationScoped
public class Registrar {

    private static final Logger LOG = Logger.getLogger(Registrar.class.getName());
    private static final Duration RETRY = Duration.ofSeconds(2);

    @Inject
    RegionSettings region;

    @Inject
    HubDirectory hub;

    @Inject
    @Readiness
    PluginHealth health;

    /** Resolvable only in the hub, which is the directory and does not register with itself. */
    @Inject
    Instance<Directory> localDirectory;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile boolean stopped;
    private volatile boolean registered;
    private volatile ScheduledFuture<?> next;

    void onStarted(@Observes PluginStarted started) {
        if (localDirectory.isResolvable()) {
            return;
        }
        schedule(Duration.ZERO, started);
    }

    private void schedule(Duration delay, PluginStarted started) {
        if (!stopped) {
            next = scheduler.schedule(() -> beat(started), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void beat(PluginStarted started) {
        var d = started.descriptor();
        Duration delay = region.heartbeat();
        try {
            PluginHealth.Verdict verdict = health.evaluate();
            hub.client()
                    .register(
                            d.id(),
                            region.instance(),
                            new Registration(d, region.pluginUrl(d.id()), verdict.status(), verdict.message()));
            if (!registered) {
                registered = true;
                LOG.info(() -> "Plugin " + d.id() + " registered with the hub at " + region.hubUrl() + " as "
                        + region.instance());
            }
        } catch (RuntimeException e) {
            delay = registered ? region.heartbeat() : RETRY;
            LOG.log(
                    registered ? Level.WARNING : Level.FINE,
                    "Plugin " + d.id() + " could not reach the hub directory at " + region.hubUrl() + ": "
                            + e.getMessage());
        }
        schedule(delay, started);
    }

    @PreDestroy
    void stop() {
        stopped = true;
        ScheduledFuture<?> f = next;
        if (f != null) {
            f.cancel(false);
        }
    }
}
