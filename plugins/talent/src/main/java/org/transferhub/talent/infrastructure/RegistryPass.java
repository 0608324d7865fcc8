package org.transferhub.talent.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.transferhub.kernel.plugin.PluginContext;
import org.transferhub.spi.Page;
import org.transferhub.spi.event.EventLog;
import org.transferhub.spi.event.HubEvent;
import org.transferhub.talent.application.Registry;
import org.transferhub.talent.application.TrackRecords;

/** One step of the {@link RegistryJob}, each in its own transaction. */
@ApplicationScoped
public class RegistryPass {

    static final int PAGE = 200;

    @PersistenceContext(unitName = "talent")
    EntityManager em;

    @Inject
    PluginContext plugin;

    /** Reads and credits the next page of the log; whether a full page was read (more may follow). */
    @Transactional
    public boolean readPage(EventLog log) {
        Registry registry = new Registry(em, Clock.systemUTC());
        TrackRecords records = new TrackRecords(
                em,
                GradeFormulas.named(
                        plugin.value("grade.formula", String.class), getClass().getClassLoader()),
                registry);
        Page<HubEvent> page = log.events(String.valueOf(records.cursor()), null, PAGE);
        records.read(page.items());
        return page.nextCursor() != null;
    }

    @Transactional
    public int expire() {
        return new Registry(em, Clock.systemUTC()).expireDue();
    }
}
