package org.transferhub.talent.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import org.transferhub.kernel.directory.RemoteServices;
import org.transferhub.kernel.lease.LeasedJob;
import org.transferhub.spi.event.EventLog;

/**
 * Every {@code feed.interval}, on the one instance holding the lease: reads the region's event log
 * from where it stopped, page by page, each page credited and the cursor moved in one transaction;
 * then expires certifications that ran out.
 */
@ApplicationScoped
public class RegistryJob extends LeasedJob {

    @Inject
    RemoteServices remote;

    @Inject
    RegistryPass pass;

    @Override
    protected String lease() {
        return "talent-registry";
    }

    @Override
    protected Duration interval() {
        return plugin.value("feed.interval", Duration.class);
    }

    @Override
    protected void run() {
        EventLog log = remote.proxy(EventLog.class, URI.create(region.hubUrl() + "/api"), "hub", true);
        while (pass.readPage(log)) {
            // another page may follow
        }
        pass.expire();
    }
}
