package org.transferhub.licensing.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.transferhub.kernel.config.RegionSettings;
import org.transferhub.kernel.lease.Leases;
import org.transferhub.kernel.plugin.PluginContext;
import org.transferhub.kernel.plugin.PluginStarted;

/**
 * Runs {@link ExpiryRun} every {@code transferhub.licensing.expiry.interval} on the one instance
 * that holds the region's lease {@code licensing-expiry}. The lease lasts two intervals and is
 * renewed each time, so another instance takes over within two intervals when the holder stops.
 */
@ApplicationScoped
public class ExpiryJob {

    static final String LEASE = "licensing-expiry";
    private static final Logger LOG = Logger.getLogger(ExpiryJob.class.getName());

    @Inject
    RegionSettings region;

    @Inject
    PluginContext plugin;

    @Inject
    ExpiryRun run;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "jdbc/transferhub")
    DataSource dataSource;

    private volatile ScheduledFuture<?> task;

    void start(@Observes PluginStarted started) {
        Duration every = plugin.value("expiry.interval", Duration.class);
        Leases leases = new Leases(dataSource, plugin.id());
        task = scheduler.scheduleWithFixedDelay(
                () -> tick(leases, every), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick(Leases leases, Duration every) {
        try {
            if (leases.tryAcquire(LEASE, region.instance(), every.multipliedBy(2), Instant.now())) {
                run.run();
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Licensing expiry pass failed; the next one retries", e);
        }
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> t = task;
        if (t != null) {
            t.cancel(false);
        }
    }
}
