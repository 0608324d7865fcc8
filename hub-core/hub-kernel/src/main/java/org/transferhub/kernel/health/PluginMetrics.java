package org.transferhub.kernel.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.transferhub.kernel.event.Outbox;
import org.transferhub.kernel.plugin.PluginContext;
import org.transferhub.kernel.plugin.PluginStarted;
import org.transferhub.spi.directory.PluginStatus;

/**
 * Each plugin's own figures as MicroProfile Metrics gauges in the application scope ({@code GET
 * /metrics?scope=application}), tagged {@code plugin=<id>}: what an operator alerts on that Payara's
 * own metrics (JVM, connection pool) cannot tell. Gauges are read when scraped, from the same
 * sources as {@code /health} and the outbox relay, so they are never stale.
 */
@ApplicationScoped
public class PluginMetrics {

    private static final Logger LOG = Logger.getLogger(PluginMetrics.class.getName());

    @Inject
    MetricRegistry registry;

    @Inject
    PluginContext plugin;

    @Inject
    @Readiness
    PluginHealth health;

    @Inject
    Outbox outbox;

    void register(@Observes PluginStarted started) {
        // Create the beans the gauges read here, in the WAR's own naming context: a scrape runs in
        // Payara's metrics endpoint, where the WAR's resource references (jdbc/transferhub) cannot be
        // looked up to inject a bean created then.
        health.evaluate();
        outbox.backlog();
        Tag tag = new Tag("plugin", plugin.id());
        gauge(
                "transferhub.plugin.up",
                "1 when the plugin is UP (its database answers, its required services have providers), 0 when DOWN.",
                MetricUnits.NONE,
                this::up,
                tag);
        gauge(
                "transferhub.outbox.pending",
                "Events recorded in the plugin's outbox that the hub's event log has not acknowledged yet.",
                MetricUnits.NONE,
                () -> outbox.backlog().events(),
                tag);
        gauge(
                "transferhub.outbox.oldest.pending.age",
                "How long the oldest event not yet acknowledged has waited in the outbox (0 when none waits): a"
                        + " value that keeps growing means the relay to the hub is stuck.",
                MetricUnits.SECONDS,
                () -> {
                    Instant oldest = outbox.backlog().oldest();
                    return oldest == null
                            ? 0
                            : Math.max(
                                    0, Duration.between(oldest, Instant.now()).toSeconds());
                },
                tag);
    }

    /** 1 when UP; a verdict that cannot be reached counts as DOWN (a scrape must not fail on it). */
    private int up() {
        try {
            return health.evaluate().status() == PluginStatus.UP ? 1 : 0;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot evaluate the health of plugin " + plugin.id() + " for its metrics", e);
            return 0;
        }
    }

    private <T extends Number> void gauge(String name, String description, String unit, Supplier<T> value, Tag tag) {
        registry.gauge(
                Metadata.builder()
                        .withName(name)
                        .withDescription(description)
                        .withUnit(unit)
                        .build(),
                value,
                tag);
    }
}
