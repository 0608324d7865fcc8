package org.transferhub.talent.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.transferhub.spi.event.DealEvents;
import org.transferhub.spi.event.HubEvent;
import org.transferhub.spi.talent.grade.Credit;
import org.transferhub.spi.talent.grade.GradeFormula;
import org.transferhub.talent.domain.manager.Manager;
import org.transferhub.talent.domain.record.FeedCursor;
import org.transferhub.talent.domain.record.TrackRecordEntry;

/**
 * The track record from facts: each deal event of the region's log whose subject is a manager of
 * the registry becomes one entry, keyed by the event's id (a resent or re-read event counts once).
 * Grades are computed from the entries by the configured formula, every point with its evidence.
 */
public class TrackRecords {

    /** The deal events the registry credits. */
    public static final Set<String> CREDITED = Set.of(
            DealEvents.PROJECT_ADVANCED,
            DealEvents.FINANCE_MATCHED,
            DealEvents.LICENCE_TAKEN_UP,
            DealEvents.SERVICE_DELIVERED,
            DealEvents.SERVICE_REVERSED);

    /** One entry as evidence: the event and the points it earned. */
    public record Evidence(UUID eventId, String source, Credit credit, int points) {}

    /** A manager's grade and what it rests on. */
    public record Grade(String formula, int points, int stars, List<Evidence> evidence) {}

    private final EntityManager em;
    private final GradeFormula formula;
    private final Registry registry;

    public TrackRecords(EntityManager em, GradeFormula formula, Registry registry) {
        this.em = em;
        this.formula = formula;
        this.registry = registry;
    }

    /** Reads one page of the log in this transaction: credits what it can and moves the cursor past the page. */
    public int read(List<HubEvent> page) {
        FeedCursor cursor = em.find(FeedCursor.class, FeedCursor.ID, LockModeType.PESSIMISTIC_WRITE);
        int credited = 0;
        for (HubEvent e : page) {
            if (e.sequence() != null && e.sequence() <= cursor.lastSequence()) {
                continue; // read already
            }
            if (credit(e)) {
                credited++;
            }
            if (e.sequence() != null) {
                cursor.moveTo(e.sequence());
            }
        }
        return credited;
    }

    /** The sequence of the last event read. */
    public long cursor() {
        return em.find(FeedCursor.class, FeedCursor.ID).lastSequence();
    }

    /** Credits one deal event to the manager it names; false when it is no deal, names nobody here, or was credited already. */
    public boolean credit(HubEvent e) {
        if (!CREDITED.contains(e.type()) || em.find(TrackRecordEntry.class, e.id()) != null) {
            return false;
        }
        Manager m = subject(e.subject());
        if (m == null
                || e.type().equals(DealEvents.SERVICE_REVERSED)
                        && !credited(m, e.data().get("holdId"))) {
            return false; // nobody here, or a reversal of a service never credited
        }
        em.persist(new TrackRecordEntry(e.id(), m.id(), e.type(), e.source(), e.occurredAt(), e.data()));
        return true;
    }

    /** Whether the delivery of the service paid by {@code holdId} was credited to the manager. */
    private boolean credited(Manager m, String holdId) {
        return em.createQuery(
                        "select t from TrackRecordEntry t where t.managerId = :m and t.type = :delivered",
                        TrackRecordEntry.class)
                .setParameter("m", m.id())
                .setParameter("delivered", DealEvents.SERVICE_DELIVERED)
                .getResultStream()
                .anyMatch(t -> holdId != null && holdId.equals(t.credit().data().get("holdId")));
    }

    /** {@code manager:<id>} or {@code user:<name>}; null for anyone else. */
    private Manager subject(String subject) {
        if (subject.startsWith("manager:")) {
            try {
                return em.find(Manager.class, UUID.fromString(subject.substring("manager:".length())));
            } catch (IllegalArgumentException notAnId) {
                return null;
            }
        }
        return subject.startsWith("user:") ? registry.byUsername(subject.substring("user:".length())) : null;
    }

    public Grade grade(UUID managerId) {
        registry.manager(managerId);
        List<Evidence> evidence = em
                .createQuery(
                        "select t from TrackRecordEntry t where t.managerId = :m order by t.occurredAt, t.eventId",
                        TrackRecordEntry.class)
                .setParameter("m", managerId)
                .getResultList()
                .stream()
                .map(t -> new Evidence(t.eventId(), t.source(), t.credit(), formula.points(t.credit())))
                .toList();
        int points = evidence.stream().mapToInt(Evidence::points).sum();
        return new Grade(formula.id(), points, formula.stars(points), evidence);
    }

    /** The stars the formula gives a total of points. */
    public int stars(int points) {
        return formula.stars(points);
    }

    /** Every manager's points, for ranking. */
    public Map<UUID, Integer> points() {
        Map<UUID, Integer> points = new HashMap<>();
        for (TrackRecordEntry t : em.createQuery("select t from TrackRecordEntry t", TrackRecordEntry.class)
                .getResultList()) {
            points.merge(t.managerId(), formula.points(t.credit()), Integer::sum);
        }
        return points;
    }
}
