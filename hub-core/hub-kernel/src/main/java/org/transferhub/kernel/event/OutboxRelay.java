package org.transferhub.kernel.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.transferhub.kernel.directory.RemoteServices;
import org.transferhub.kernel.lease.LeasedJob;
import org.transferhub.spi.event.EventLog;
import org.transferhub.spi.event.HubEvent;

/**
 * Sends the outbox to the hub's event log every heartbeat, from one instance of the plugin at a
 * time (a lease), oldest first, in batches of 100. An event is marked relayed only once the hub
 * has answered; a crash in between resends it and the log, keyed by event id, keeps one.
 */
@ApplicationScoped
public class OutboxRelay extends LeasedJob {

    static final int BATCH = 100;

    @Inject
    Outbox outbox;

    @Inject
    RemoteServices remote;

    @Override
    protected String lease() {
        return plugin.id() + "-outbox";
    }

    @Override
    protected Duration interval() {
        return region.heartbeat();
    }

    /** Relays until the outbox is empty or the hub does not answer. */
    @Override
    protected void run() throws Exception {
        EventLog log = remote.proxy(EventLog.class, URI.create(region.hubUrl() + "/api"), "hub", true);
        List<HubEvent> batch;
        do {
            batch = outbox.unrelayed(BATCH);
            if (!batch.isEmpty()) {
                log.append(batch);
                outbox.relayed(batch, Instant.now());
            }
        } while (batch.size() == BATCH);
    }
}
