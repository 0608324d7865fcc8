package org.transferhub.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import org.transferhub.kernel.plugin.PluginContext;
import org.transferhub.licensing.application.Licences;

/** One expiry pass in one transaction: trials past their last day and licences past their term end. */
@ApplicationScoped
public class ExpiryRun {

    private static final Logger LOG = Logger.getLogger(ExpiryRun.class.getName());

    @PersistenceContext(unitName = "licensing")
    EntityManager em;

    @Inject
    PluginContext plugin;

    @Transactional
    public void run() {
        int ended = new Licences(em, Clock.systemUTC(), PluginRules.of(plugin)).expire();
        if (ended > 0) {
            LOG.info(() -> "Licensing expiry: " + ended + " trials or licences ended");
        }
    }
}
