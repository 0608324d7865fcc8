package org.transferhub.kernel.lease;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
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
import org.transferhub.kernel.plugin.PluginContext;
import org.transferhub.kernel.plugin.PluginStarted;

/**
 * A job that runs every {@link #interval()} once the plugin has started, on the one instance of a
 * cluster that holds its lease. The lease lasts two intervals and is renewed each run, so another
 * instance takes over within two intervals when the holder stops; a failed run is logged and the
 * next one retries. A subclass is an {@code @ApplicationScoped} bean naming its lease, its interval
 * and its work.
 */
public abstract class LeasedJob {

    private static final Logger LOG = Logger.getLogger(LeasedJob.class.getName());

    @Inject
    protected RegionSettings region;

    @Inject
    protected PluginContext plugin;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "jdbc/transferhub")
    DataSource dataSource;

    private volatile ScheduledFuture<?> task;

    /** The lease's name, unique in the plugin's schema. */
    protected abstract String lease();

    /** How often the job runs (read once the plugin has started and its configuration is checked). */
    protected abstract Duration interval();

    /** One run; may throw, the schedule goes on. */
    protected abstract void run() throws Exception;

    protected void start(@Observes PluginStarted started) {
        Duration every = interval();
        Leases leases = new Leases(dataSource, plugin.id());
        task = scheduler.scheduleWithFixedDelay(
                () -> {
                    try {
                        if (leases.tryAcquire(lease(), region.instance(), every.multipliedBy(2), Instant.now())) {
                            run();
                        }
                    } catch (Exception e) {
                        LOG.log(Level.WARNING, "The " + lease() + " job failed; its next run retries", e);
                    }
                },
                every.toMillis(),
                every.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    protected void stop() {
        ScheduledFuture<?> t = task;
        if (t != null) {
            t.cancel(false);
        }
    }
}
