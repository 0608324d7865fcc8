package org.transferhub.kernel.lease;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * cluster that holds its lease. The lease lasts two intervals and is renewed each run, and every
 * interval while a run lasts, so another instance takes over within two intervals when the holder
 * dies (at its next try when the holder stops cleanly: it gives the lease up); a failed run is
 * logged and the next one retries. Each run is logged in the lease's run log ({@code lease_run}:
 * holder, start, end, outcome). A subclass is an {@code @ApplicationScoped} bean naming its lease,
 * its interval and its work.
 */
public abstract class LeasedJob {

    private static final Logger LOG = Logger.getLogger(LeasedJob.class.getName());

    @Inject
    protected RegionSettings region;

    @Inject
    protected PluginContext plugin;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /**
     * The lease is renewed on a thread of its own while a run lasts: the server's scheduler runs
     * every job of the instance on one thread, so a renewal queued there would wait for the run.
     */
    @Resource
    ManagedThreadFactory threads;

    @Resource(lookup = "jdbc/transferhub")
    DataSource dataSource;

    private volatile ScheduledFuture<?> task;
    private volatile Leases leases;
    private volatile boolean running;

    /** The lease's name, unique in the plugin's schema. */
    protected abstract String lease();

    /** How often the job runs (read once the plugin has started and its configuration is checked). */
    protected abstract Duration interval();

    /** One run; may throw, the schedule goes on. */
    protected abstract void run() throws Exception;

    protected void start(@Observes PluginStarted started) {
        Duration every = interval();
        leases = new Leases(dataSource, plugin.id());
        task = scheduler.scheduleWithFixedDelay(
                () -> once(every), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One turn of the schedule: the lease, then the run (logged) while a renewer keeps the lease. */
    private void once(Duration every) {
        String holder = region.instance();
        Duration ttl = every.multipliedBy(2);
        try {
            if (!leases.tryAcquire(lease(), holder, ttl, Instant.now())) {
                return;
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "The " + lease() + " job failed; its next run retries", e);
            return;
        }
        Instant started = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Thread renewer = threads.newThread(() -> renew(holder, every, ttl));
        renewer.setName("lease-renewer-" + lease());
        running = true;
        boolean ok = false;
        try {
            leases.runStarted(lease(), holder, started, started.minus(every.multipliedBy(100)));
            renewer.start();
            run();
            ok = true;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "The " + lease() + " job failed; its next run retries", e);
        } finally {
            renewer.interrupt();
            running = false;
            try {
                leases.runEnded(lease(), holder, started, Instant.now(), ok);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "The " + lease() + " job's run could not be logged", e);
            }
        }
    }

    /** Renews the lease every interval until interrupted at the end of the run. */
    private void renew(String holder, Duration every, Duration ttl) {
        try {
            while (true) {
                Thread.sleep(every.toMillis());
                if (!leases.tryAcquire(lease(), holder, ttl, Instant.now())) {
                    LOG.warning("The " + lease() + " job lost its lease to another instance during a run");
                    return;
                }
            }
        } catch (InterruptedException e) {
            // the run ended
        } catch (Exception e) {
            LOG.log(Level.WARNING, "The " + lease() + " job could not renew its lease during a run", e);
        }
    }

    @PreDestroy
    protected void stop() {
        ScheduledFuture<?> t = task;
        if (t != null) {
            t.cancel(false);
        }
        // Between runs, give the lease up so that another instance of the cluster takes the job over
        // at its next try; during a run, leave it to run out (the run may still be finishing).
        Leases l = leases;
        if (l != null && !running) {
            try {
                l.release(lease(), region.instance(), Instant.now());
            } catch (Exception e) {
                LOG.log(Level.FINE, "The " + lease() + " lease was not given up; it runs out", e);
            }
        }
    }
}
