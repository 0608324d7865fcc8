package org.transferhub.talent.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.transferhub.spi.Page;
import org.transferhub.spi.talent.ManagerLevel;
import org.transferhub.talent.domain.certification.Certification;
import org.transferhub.talent.domain.manager.Manager;
import org.transferhub.talent.domain.manager.ManagerStatus;

/**
 * Certification and renewal. A manager applies with evidence; an operator verifies it and
 * approves or rejects with a reason. Approval needs the training hours of the level (certification)
 * or the continuing-education credits of a period (renewal); it certifies for one validity period,
 * a renewal counting from the later of today and the current end.
 */
public class Certifications {

    private final EntityManager em;
    private final Clock clock;
    private final TalentRules rules;
    private final Registry registry;

    public Certifications(EntityManager em, Clock clock, TalentRules rules) {
        this.em = em;
        this.clock = clock;
        this.rules = rules;
        this.registry = new Registry(em, clock);
    }

    public Certification apply(
            UUID managerId,
            Certification.Kind kind,
            ManagerLevel level,
            int hours,
            List<String> evidence,
            String user) {
        Manager m = registry.own(managerId, user);
        if (kind == Certification.Kind.RENEWAL) {
            if (m.level() == null) {
                throw TalentProblems.notCertified(
                        "Manager " + managerId + " was never certified: apply for a certification.");
            }
            if (m.status() == ManagerStatus.SUSPENDED) {
                throw TalentProblems.notCertified(
                        "Manager " + managerId + " is suspended; an operator lifts the suspension first.");
            }
            level = m.level();
        }
        requireEnough(kind, level, hours);
        boolean pending = !em.createQuery(
                        "select c.id from Certification c where c.managerId = :m and c.status = :submitted", UUID.class)
                .setParameter("m", managerId)
                .setParameter("submitted", Certification.Status.SUBMITTED)
                .getResultList()
                .isEmpty();
        if (pending) {
            throw TalentProblems.alreadyDone("Manager " + managerId + " has an application awaiting verification.");
        }
        Certification c = new Certification(managerId, kind, level, hours, evidence, clock.instant());
        em.persist(c);
        return c;
    }

    /** The operator's verification; a rejection carries its reason. */
    public Certification decide(UUID id, boolean approve, String reason, String operator) {
        Certification c = em.find(Certification.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw TalentProblems.unknownApplication(id);
        }
        if (c.status() != Certification.Status.SUBMITTED) {
            throw TalentProblems.alreadyDone(
                    "Application " + id + " was " + c.status() + " already; a decision is final.");
        }
        if (approve) {
            requireEnough(c.kind(), c.level(), c.hours());
            Manager m = registry.manager(c.managerId(), LockModeType.PESSIMISTIC_WRITE);
            LocalDate today = registry.today();
            LocalDate from = c.kind() == Certification.Kind.RENEWAL
                            && m.certifiedUntil() != null
                            && m.certifiedUntil().isAfter(today)
                    ? m.certifiedUntil()
                    : today;
            m.certify(c.level(), from.plus(rules.validity()));
        }
        c.decide(approve, reason, operator, clock.instant());
        return c;
    }

    /** Applications of one status, oldest first by id; a page after the cursor (an id). */
    public Page<Certification> list(Certification.Status status, int limit, String after) {
        List<Certification> sorted = em
                .createQuery("select c from Certification c where c.status = :s", Certification.class)
                .setParameter("s", status)
                .getResultList()
                .stream()
                .sorted(Comparator.comparing(c -> c.id().toString()))
                .filter(c -> after == null || c.id().toString().compareTo(after) > 0)
                .toList();
        List<Certification> page = sorted.subList(0, Math.min(limit, sorted.size()));
        return new Page<>(
                page, sorted.size() > limit ? page.get(page.size() - 1).id().toString() : null);
    }

    /** One manager's applications, newest first; a page from an offset cursor. */
    public Page<Certification> of(UUID managerId, int limit, String cursor) {
        List<Certification> newest = em
                .createQuery("select c from Certification c where c.managerId = :m", Certification.class)
                .setParameter("m", managerId)
                .getResultList()
                .stream()
                .sorted(Comparator.comparing(Certification::createdAt)
                        .reversed()
                        .thenComparing(c -> c.id().toString()))
                .toList();
        return Registry.page(newest, limit, cursor);
    }

    private void requireEnough(Certification.Kind kind, ManagerLevel level, int hours) {
        int needed =
                kind == Certification.Kind.CERTIFICATION ? rules.trainingHours().get(level) : rules.renewalCredits();
        if (hours < needed) {
            throw TalentProblems.notEnough(
                    kind == Certification.Kind.CERTIFICATION
                            ? "A " + level + " certification needs " + needed + " training hours; " + hours + " shown."
                            : "A renewal needs " + needed + " continuing-education credits; " + hours + " shown.");
        }
    }
}
