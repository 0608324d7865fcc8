package org.transferhub.incubation.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Currency;
import org.transferhub.incubation.application.FunnelStatistics;
import org.transferhub.incubation.application.Incubation;
import org.transferhub.incubation.infrastructure.gate.InstalledGates;
import org.transferhub.kernel.plugin.PluginContext;

/**
 * The application services, on the transaction's persistence context and the plugin's configuration.
 * Application-scoped, as the vouchers plugin's: the injected EntityManager is the container's
 * transaction-scoped one whatever this bean's scope, and a request-scoped bean paid a JNDI resource
 * injection per request.
 */
@ApplicationScoped
public class IncubationBackend {

    @PersistenceContext(unitName = "incubation")
    EntityManager em;

    @Inject
    PluginContext plugin;

    @Inject
    InstalledGates installed;

    Incubation incubation() {
        long required = plugin.value("reviews.required", Long.class);
        if (required < 1) {
            throw new IllegalStateException(plugin.descriptor().configKey("reviews.required") + " is " + required
                    + "; a gate needs at least 1 review");
        }
        return new Incubation(em, Clock.systemUTC(), installed.gates(), (int) required);
    }

    FunnelStatistics funnel() {
        return new FunnelStatistics(em, currency());
    }

    String currency() {
        return plugin.value("currency", Currency.class).getCurrencyCode();
    }
}
