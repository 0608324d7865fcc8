package org.transferhub.vouchers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.transferhub.kernel.config.RegionSettings;
import org.transferhub.kernel.plugin.PluginContext;
import org.transferhub.vouchers.application.Vouchers;

/** One expiry pass in one transaction: timed-out holds back to their vouchers, unused balances of expired vouchers back to their programmes. */
@ApplicationScoped
public class ExpiryRun {

    private static final Logger LOG = Logger.getLogger(ExpiryRun.class.getName());

    @PersistenceContext(unitName = "vouchers")
    EntityManager em;

    @Inject
    RegionSettings region;

    @Inject
    PluginContext plugin;

    @Transactional
    public void run() {
        Vouchers vouchers =
                new Vouchers(em, region.id(), Clock.systemUTC(), plugin.value("hold.timeout", Duration.class));
        int released = vouchers.releaseTimedOutHolds();
        int expired = vouchers.expireVouchers();
        if (released + expired > 0) {
            LOG.info(() ->
                    "Vouchers expiry: " + released + " timed-out holds released, " + expired + " vouchers expired");
        }
    }
}
