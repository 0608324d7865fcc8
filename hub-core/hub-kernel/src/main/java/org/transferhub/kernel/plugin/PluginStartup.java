package org.transferhub.kernel.plugin;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.transferhub.kernel.config.ConfigCheck;
import org.transferhub.kernel.config.InvalidConfigurationException;
import org.transferhub.kernel.config.RegionSettings;
import org.transferhub.kernel.persistence.Migrations;
import org.transferhub.spi.plugin.PluginDescriptor;

/**
 * Starts a plugin in a fixed order before it serves anything: descriptor, region settings and the
 * plugin's configuration are checked (a bad value fails the deployment with a message naming the
 * key), then its tables are migrated, then {@link PluginStarted} is fired (registration listens).
 */
@ApplicationScoped
public class PluginStartup {

    private static final Logger LOG = Logger.getLogger(PluginStartup.class.getName());

    @Inject
    PluginContext plugin;

    @Inject
    RegionSettings region;

    @Inject
    Config config;

    @Inject
    Event<PluginStarted> started;

    @Resource(lookup = "jdbc/transferhub")
    DataSource dataSource;

    /** Called once per WAR by {@link PluginListener} before the WAR serves requests; throws to fail the deployment. */
    public void start() {
        PluginDescriptor d = plugin.descriptor();
        List<String> problems = new ArrayList<>(
                PluginDescriptors.problems(d, Thread.currentThread().getContextClassLoader()));
        problems.addAll(ConfigCheck.check(d.config(), d::configKey, k -> config.getOptionalValue(k, String.class)
                .filter(v -> !v.isBlank())));
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(
                    "Plugin '" + d.id() + "' cannot start: " + String.join("; ", problems));
        }
        region.id(); // reads and checks the region settings now rather than on first use
        Migrations.migrate(dataSource, d.id(), Thread.currentThread().getContextClassLoader(), region.demoData());
        LOG.info(() -> "Plugin " + d.id() + " " + d.version() + " started in region " + region.id() + " at "
                + region.pluginUrl(d.id()));
        started.fire(new PluginStarted(d));
    }
}
