package org.transferhub.talent.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.transferhub.spi.Page;
import org.transferhub.spi.talent.AssignmentRequest;
import org.transferhub.talent.domain.assignment.ManagerAssignment;
import org.transferhub.talent.domain.manager.Manager;

/**
 * Assigns a technology manager to partner a project: the best-ranked certified, available manager
 * of the project's field who does not work at the project's institution (a conflict of interest)
 * and has room (fewer open assignments than their capacity). A project has one manager at a time:
 * asking again answers the assignment it has.
 */
public class Assignments {

    private final EntityManager em;
    private final Clock clock;
    private final Registry registry;
    private final TrackRecords records;

    public Assignments(EntityManager em, Clock clock, Registry registry, TrackRecords records) {
        this.em = em;
        this.clock = clock;
        this.registry = registry;
        this.records = records;
    }

    public ManagerAssignment assign(AssignmentRequest r) {
        ManagerAssignment open = openFor(r.projectId());
        if (open != null) {
            return open;
        }
        Map<UUID, Integer> points = records.points();
        var candidates = registry.search(
                        new Registry.Search(List.of(r.field()), null, null, null, true), points, 100, null)
                .items();
        for (Registry.Match match : candidates) {
            Manager m = match.manager();
            if (m.worksAt(r.institution())) {
                continue;
            }
            // Lock the manager: two projects asking together cannot both take the last place.
            em.find(Manager.class, m.id(), LockModeType.PESSIMISTIC_WRITE);
            if (openAssignments(m.id()) < m.capacity()) {
                ManagerAssignment a =
                        new ManagerAssignment(r.projectId(), m.id(), r.institution(), r.field(), clock.instant());
                em.persist(a);
                return a;
            }
        }
        throw TalentProblems.noManager("No certified, available manager of " + r.field() + " outside " + r.institution()
                + " has room for another project.");
    }

    public ManagerAssignment release(UUID id) {
        ManagerAssignment a = em.find(ManagerAssignment.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw TalentProblems.unknownAssignment(id);
        }
        if (a.released()) {
            throw TalentProblems.alreadyDone("Assignment " + id + " was released already.");
        }
        a.release(clock.instant());
        return a;
    }

    /** Releases the project's open assignment. */
    public ManagerAssignment releaseFor(UUID projectId) {
        ManagerAssignment open = openFor(projectId);
        if (open == null) {
            throw TalentProblems.unknownAssignment("of project " + projectId);
        }
        return release(open.id());
    }

    /**
     * One manager's assignments, open ones first, then newest first; {@code open} true for open
     * ones only, false for released ones only, null for all. A page from an offset cursor.
     */
    public Page<ManagerAssignment> of(UUID managerId, Boolean open, int limit, String cursor) {
        List<ManagerAssignment> sorted = em
                .createQuery("select a from ManagerAssignment a where a.managerId = :m", ManagerAssignment.class)
                .setParameter("m", managerId)
                .getResultList()
                .stream()
                .filter(a -> open == null || a.released() != open)
                .sorted(Comparator.comparing(ManagerAssignment::released)
                        .thenComparing(Comparator.comparing(ManagerAssignment::assignedAt)
                                .reversed())
                        .thenComparing(a -> a.id().toString()))
                .toList();
        return Registry.page(sorted, limit, cursor);
    }

    public long openAssignments(UUID managerId) {
        return em.createQuery(
                        "select count(a) from ManagerAssignment a where a.managerId = :m and a.releasedAt is null",
                        Long.class)
                .setParameter("m", managerId)
                .getSingleResult();
    }

    private ManagerAssignment openFor(UUID projectId) {
        return em.createQuery(
                        "select a from ManagerAssignment a where a.projectId = :p and a.releasedAt is null",
                        ManagerAssignment.class)
                .setParameter("p", projectId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
