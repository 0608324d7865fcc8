package org.transferhub.vouchers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.transferhub.kernel.lease.LeasedJob;

/**
 * Runs {@link ExpiryRun} every {@code transferhub.vouchers.expiry.interval} on the one instance
 * that holds the region's expiry lease.
 */
@ApplicationScoped
public class ExpiryJob extends LeasedJob {

    @Inject
    ExpiryRun expiry;

    @Override
    protected String lease() {
        return "vouchers-expiry";
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
