package org.transferhub.licensing.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.transferhub.kernel.plugin.PluginContext;
import org.transferhub.kernel.security.Roles;
import org.transferhub.licensing.application.Catalogue;
import org.transferhub.licensing.application.Licences;
import org.transferhub.licensing.application.Royalties;
import org.transferhub.licensing.application.Statistics;
import org.transferhub.licensing.infrastructure.PluginRules;
import org.transferhub.licensing.infrastructure.schedules.InstalledSchedules;

/**
 * The application services, on the transaction's persistence context and the plugin's configuration.
 * Application-scoped, as the vouchers plugin's: the injected EntityManager is the container's
 * transaction-scoped one whatever this bean's scope, and a request-scoped bean paid a JNDI resource
 * injection per request.
 */
@ApplicationScoped
public class LicensingBackend {

    @PersistenceContext(unitName = "licensing")
    EntityManager em;

    @Inject
    PluginContext plugin;

    /** The request's token: MicroProfile JWT's bean is request-scoped, so this is its client proxy. */
    @Inject
    JsonWebToken caller;

    Catalogue catalogue() {
        return new Catalogue(em, Clock.systemUTC(), PluginRules.of(plugin), InstalledSchedules.all());
    }

    Licences licences() {
        return new Licences(em, Clock.systemUTC(), PluginRules.of(plugin));
    }

    Royalties royalties() {
        return new Royalties(em, Clock.systemUTC(), PluginRules.of(plugin), InstalledSchedules.all());
    }

    Statistics statistics() {
        return new Statistics(em);
    }

    /** The caller's user name: the licensee for a holder. */
    String callerName() {
        return caller.getName();
    }

    /** The tech-transfer office (operators) sees every licence and invoice; others only their own. */
    boolean seesAll() {
        return caller.getGroups().contains(Roles.OPERATOR) || caller.getGroups().contains(Roles.SERVICE);
    }
}
