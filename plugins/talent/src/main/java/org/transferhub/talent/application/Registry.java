package org.transferhub.talent.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.transferhub.spi.Page;
import org.transferhub.spi.talent.ManagerLevel;
import org.transferhub.talent.domain.manager.AffiliationKind;
import org.transferhub.talent.domain.manager.Manager;
import org.transferhub.talent.domain.manager.ManagerStatus;

/**
 * Managers' profiles: registration (one per user), suspension, availability, automatic expiry,
 * and search. Search and matching see only managers certified and in date today.
 */
public class Registry {

    /**
     * What a search asks for; null means any. A manager qualifies when they match every criterion
     * given; {@code fields} matches when the manager has at least one of them.
     */
    public record Search(List<String> fields, String region, ManagerLevel level, String language, Boolean available) {}

    /** A manager found, with what ranks them: how many asked-for fields they cover, then their points. */
    public record Match(Manager manager, int relevance, int points) {}

    private final EntityManager em;
    private final Clock clock;

    public Registry(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public Manager register(
            String username,
            String displayName,
            String affiliation,
            AffiliationKind kind,
            String region,
            List<String> fields,
            List<String> languages,
            int capacity,
            String phone,
            String idNumber) {
        if (byUsername(username) != null) {
            throw TalentProblems.alreadyDone(username + " has a manager profile already.");
        }
        Manager m = new Manager(
                username,
                displayName,
                affiliation,
                kind,
                region,
                fields,
                languages,
                capacity,
                phone,
                idNumber,
                clock.instant());
        em.persist(m);
        return m;
    }

    public Manager manager(UUID id) {
        return manager(id, LockModeType.NONE);
    }

    Manager manager(UUID id, LockModeType lock) {
        Manager m = em.find(Manager.class, id, lock);
        if (m == null) {
            throw TalentProblems.unknownManager(id);
        }
        return m;
    }

    /** The manager, when {@code user} is the manager themselves. */
    public Manager own(UUID id, String user) {
        Manager m = manager(id, LockModeType.PESSIMISTIC_WRITE);
        if (!m.username().equals(user)) {
            throw TalentProblems.notYours(user);
        }
        return m;
    }

    /** The manager for reading, by an operator or by the manager themselves; no lock taken. */
    public Manager readableBy(UUID id, String user, boolean operator) {
        Manager m = manager(id);
        if (!operator && !m.username().equals(user)) {
            throw TalentProblems.notYours(user);
        }
        return m;
    }

    /** The signed-in user's own profile; {@code unknown-manager} when they have not registered one. */
    public Manager mine(String username) {
        Manager m = byUsername(username);
        if (m == null) {
            throw TalentProblems.unknownManager("of user " + username);
        }
        return m;
    }

    public Manager byUsername(String username) {
        return em.createQuery("select m from Manager m where m.username = :u", Manager.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    public Manager suspend(UUID id, String reason) {
        Manager m = manager(id, LockModeType.PESSIMISTIC_WRITE);
        if (m.status() == ManagerStatus.SUSPENDED) {
            throw TalentProblems.alreadyDone("Manager " + id + " is suspended already.");
        }
        m.suspend(reason);
        return m;
    }

    public Manager reinstate(UUID id, String reason) {
        Manager m = manager(id, LockModeType.PESSIMISTIC_WRITE);
        if (m.status() != ManagerStatus.SUSPENDED) {
            throw TalentProblems.alreadyDone("Manager " + id + " is " + m.status() + ", not suspended.");
        }
        m.reinstate(reason, today());
        return m;
    }

    /** Marks EXPIRED every ACTIVE manager whose certification ran out before today; how many. */
    public int expireDue() {
        List<Manager> due = em.createQuery(
                        "select m from Manager m where m.status = :active and m.certifiedUntil < :today", Manager.class)
                .setParameter("active", ManagerStatus.ACTIVE)
                .setParameter("today", today())
                .getResultList();
        due.forEach(Manager::expire);
        return due.size();
    }

    /**
     * Certified managers matching the search, best first: most asked-for fields covered, then most
     * points, then name; a page from an offset cursor.
     */
    public Page<Match> search(Search s, Map<UUID, Integer> points, int limit, String cursor) {
        LocalDate today = today();
        List<Match> ranked = em
                .createQuery("select m from Manager m where m.status = :active", Manager.class)
                .setParameter("active", ManagerStatus.ACTIVE)
                .getResultList()
                .stream()
                .filter(m -> m.certifiedOn(today))
                .filter(m -> matches(m, s))
                .map(m -> new Match(m, relevance(m, s.fields()), points.getOrDefault(m.id(), 0)))
                .sorted(Comparator.comparingInt(Match::relevance)
                        .reversed()
                        .thenComparing(Comparator.comparingInt(Match::points).reversed())
                        .thenComparing(match -> match.manager().displayName())
                        .thenComparing(match -> match.manager().id().toString()))
                .toList();
        return page(ranked, limit, cursor);
    }

    /**
     * Every manager of the registry matching the search, of one status or any (null), whether
     * certified or not: the operator's view, by name then id; a page from an offset cursor.
     */
    public Page<Manager> all(Search s, ManagerStatus status, int limit, String cursor) {
        List<Manager> sorted = em.createQuery("select m from Manager m", Manager.class).getResultList().stream()
                .filter(m -> status == null || m.status() == status)
                .filter(m -> matches(m, s))
                .sorted(Comparator.comparing(Manager::displayName).thenComparing(m -> m.id().toString()))
                .toList();
        return page(sorted, limit, cursor);
    }

    private static boolean matches(Manager m, Search s) {
        return (s.region() == null || m.region().equals(s.region()))
                && (s.level() == null || m.level() == s.level())
                && (s.language() == null || m.languages().contains(s.language()))
                && (s.available() == null || m.available() == s.available())
                && (s.fields() == null || s.fields().isEmpty() || relevance(m, s.fields()) > 0);
    }

    /** One page of a sorted list after an offset cursor. */
    static <T> Page<T> page(List<T> sorted, int limit, String cursor) {
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        int to = Math.min(sorted.size(), from + limit);
        return new Page<>(
                from >= sorted.size() ? List.of() : sorted.subList(from, to),
                to < sorted.size() ? String.valueOf(to) : null);
    }

    private static int relevance(Manager m, List<String> fields) {
        return fields == null
                ? 0
                : (int) fields.stream()
                        .filter(Objects::nonNull)
                        .filter(m.fields()::contains)
                        .count();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
