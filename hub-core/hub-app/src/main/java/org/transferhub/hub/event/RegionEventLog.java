package org.transferhub.hub.event;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.transferhub.spi.Page;
import org.transferhub.spi.event.EventLog.Appended;
import org.transferhub.spi.event.HubEvent;

/**
 * The log's rules: appends are serialised on the head row and skip ids the log holds already;
 * reads page by sequence.
 */
public class RegionEventLog {

    private final EntityManager em;
    private final Clock clock;

    public RegionEventLog(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** In the caller's transaction. */
    public Appended append(List<HubEvent> events) {
        EventHead head = em.find(EventHead.class, EventHead.ID, LockModeType.PESSIMISTIC_WRITE);
        Set<UUID> known = new HashSet<>(em.createQuery("select e.id from LoggedEvent e where e.id in :ids", UUID.class)
                .setParameter("ids", events.stream().map(HubEvent::id).toList())
                .getResultList());
        int added = 0;
        for (HubEvent e : events) {
            if (known.add(e.id())) {
                em.persist(new LoggedEvent(head.next(), e, clock.instant()));
                added++;
            }
        }
        return new Appended(added, events.size() - added);
    }

    /** Events after {@code after}, optionally of one type, at most {@code limit}. */
    public Page<HubEvent> events(long after, String type, int limit) {
        var query = em.createQuery(
                        "select e from LoggedEvent e where e.sequence > :after"
                                + (type == null ? "" : " and e.type = :type")
                                + " order by e.sequence",
                        LoggedEvent.class)
                .setParameter("after", after)
                .setMaxResults(limit + 1);
        if (type != null) {
            query.setParameter("type", type);
        }
        List<HubEvent> rows =
                query.getResultList().stream().map(LoggedEvent::toEvent).toList();
        List<HubEvent> page = rows.subList(0, Math.min(limit, rows.size()));
        return new Page<>(
                page,
                rows.size() > limit ? String.valueOf(page.get(page.size() - 1).sequence()) : null);
    }
}
