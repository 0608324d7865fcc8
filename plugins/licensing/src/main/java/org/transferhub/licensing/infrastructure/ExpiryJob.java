package org.transferhub.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.transferhub.kernel.lease.LeasedJob;

/**
 * Runs {@link ExpiryRun} every {@code transferhub.licensing.expiry.interval} on the one instance
 * that holds the region's lease {@code licensing-expiry}. The lease lasts two intervals and is
 * renewed each time, so another instance takes over within two intervals when the holder stops.
 */
@ApplicationScoped
public class ExpiryJob extends LeasedJob {

    @Inject
    ExpiryRun expiry;

    @Override
    protected String lease() {
        return "licensing-expiry";
    }

    @Override
    protected Duration interval() {
        return plugin.value("expiry.interval", Duration.class);
    }

    @Override
    protected void run() {
        expiry.run();
    }
}
