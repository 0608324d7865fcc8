package org.transferhub.vouchers.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.TemporalAmount;
import org.transferhub.kernel.config.RegionSettings;
import org.transferhub.kernel.plugin.PluginContext;
import org.transferhub.vouchers.application.Applications;
import org.transferhub.vouchers.application.EligibilityRules;
import org.transferhub.vouchers.application.LedgerAudit;
import org.transferhub.vouchers.application.Providers;
import org.transferhub.vouchers.application.Settlements;
import org.transferhub.vouchers.application.Signals;
import org.transferhub.vouchers.application.Vouchers;
import org.transferhub.vouchers.domain.settlement.SettlementCycle;

/**
 * The application services, on the transaction's persistence context and the plugin's configuration.
 * Application-scoped: the injected EntityManager is the container's transaction-scoped one whatever
 * this bean's scope, and a request-scoped bean paid a JNDI resource injection per request.
 */
@ApplicationScoped
public class VouchersBackend {

    @PersistenceContext(unitName = "vouchers")
    EntityManager em;

    @Inject
    RegionSettings region;

    @Inject
    PluginContext plugin;

    Vouchers vouchers() {
        return new Vouchers(em, region.id(), Clock.systemUTC(), plugin.value("hold.timeout", Duration.class));
    }

    /** The currency every programme of the region is in. */
    String currency() {
        return plugin.value("currency", java.util.Currency.class).getCurrencyCode();
    }

    Providers providers() {
        return new Providers(em, Clock.systemUTC());
    }

    Applications applications(EligibilityRules rules) {
        return new Applications(em, Clock.systemUTC(), rules, vouchers());
    }

    Settlements settlements() {
        return new Settlements(
                em,
                region.id(),
                Clock.systemUTC(),
                SettlementCycle.of(plugin.value("settlement.period", TemporalAmount.class)));
    }

    Signals signals() {
        return new Signals(em, region.id(), Clock.systemUTC());
    }

    LedgerAudit audit() {
        return new LedgerAudit(em, region.id());
    }
}
