package org.transferhub.kernel.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.transferhub.kernel.config.RegionSettings;
import org.transferhub.kernel.directory.HubDirectory;
import org.transferhub.kernel.plugin.PluginContext;
import org.transferhub.spi.SpiVersion;
import org.transferhub.spi.directory.Directory;
import org.transferhub.spi.directory.PluginEntry;
import org.transferhub.spi.directory.PluginStatus;
import org.transferhub.spi.plugin.SpiReference;

/**
 * A plugin is UP when its database answers and every SPI it requires (not optional) has a
 * provider in the region's directory that is not STALE. The check is named after the plugin, so
 * {@code /health} shows one check per plugin and the reason of each DOWN.
 */
@Readiness
@ApplicationScoped
public class PluginHealth implements HealthCheck {

    @Inject
    PluginContext plugin;

    @Inject
    RegionSettings region;

    @Inject
    HubDirectory directory;

    @Inject
    Instance<Directory> localDirectory;

    @Resource(lookup = "jdbc/transferhub")
    DataSource dataSource;

    /** The outcome of one evaluation: the status and, when DOWN, why. */
    public record Verdict(PluginStatus status, String message) {}

    @Override
    public HealthCheckResponse call() {
        Verdict v = evaluate();
        var r = HealthCheckResponse.named(plugin.id())
                .status(v.status() == PluginStatus.UP)
                .withData("version", plugin.descriptor().version())
                .withData("region", region.id());
        if (v.message() != null) {
            r.withData("reason", v.message());
        }
        return r.build();
    }

    public Verdict evaluate() {
        List<String> reasons = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            if (!c.isValid(2)) {
                reasons.add("The region database does not answer.");
            }
        } catch (Exception e) {
            reasons.add("The region database does not answer: " + e.getMessage());
        }
        List<SpiReference> required = plugin.descriptor().requires().stream()
                .filter(r -> !r.optional())
                .toList();
        if (!required.isEmpty() && !localDirectory.isResolvable()) {
            try {
                for (SpiReference r : required) {
                    if (!hasProvider(r)) {
                        reasons.add("Required SPI " + r.simpleName() + " " + r.version() + " has no provider in region "
                                + region.id() + "; deploy a plugin that provides " + r.spi() + ".");
                    }
                }
            } catch (RuntimeException e) {
                reasons.add("Cannot read the hub's directory at " + region.hubUrl() + " to find required SPIs: "
                        + e.getMessage());
            }
        }
        return reasons.isEmpty()
                ? new Verdict(PluginStatus.UP, null)
                : new Verdict(PluginStatus.DOWN, String.join(" ", reasons));
    }

    private boolean hasProvider(SpiReference required) {
        SpiVersion wanted = SpiVersion.parse(required.version());
        Class<?> spi;
        try {
            spi = Class.forName(required.spi(), false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            return false;
        }
        for (PluginEntry p : directory.providersOf(spi)) {
            if (p.status() != PluginStatus.STALE
                    && p.provides() != null
                    && SpiVersion.parse(p.provides().version()).satisfies(wanted)) {
                return true;
            }
        }
        return false;
    }
}
