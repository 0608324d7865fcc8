package org.transferhub.licensing.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.transferhub.licensing.application.LicensingRefused.Reason;
import org.transferhub.licensing.domain.catalogue.Offer;
import org.transferhub.licensing.domain.catalogue.Patent;
import org.transferhub.licensing.domain.licence.Licence;
import org.transferhub.licensing.domain.licence.TrialReport;
import org.transferhub.spi.Page;
import org.transferhub.spi.licensing.LicenceSummary.LicenceStatus;

/**
 * Take-up of published offers and the life of a licence: a pay-after-use trial decided by the
 * licensee (convert or walk away, up to and including the trial's last day) or run out, and the
 * recordation of the contract. Days are UTC dates.
 */
public class Licences {

    private final EntityManager em;
    private final Clock clock;
    private final Rules rules;

    public Licences(EntityManager em, Clock clock, Rules rules) {
        this.em = em;
        this.clock = clock;
        this.rules = rules;
    }

    /** The licensee accepts the published terms and has a licence at once: non-exclusive, the same for everyone. */
    public Licence takeUp(UUID offerId, String licensee, UUID brokerId) {
        Offer o = em.find(Offer.class, offerId);
        if (o == null) {
            throw new LicensingRefused(Reason.UNKNOWN_OFFER, "There is no offer " + offerId + ".");
        }
        if (o.status() != Offer.Status.PUBLISHED) {
            throw new LicensingRefused(
                    Reason.NOT_PUBLISHED, "Offer " + offerId + " is not published yet; it cannot be taken up.");
        }
        Patent p = em.find(Patent.class, o.patentId());
        if (!p.licensableOn(today())) {
            throw new LicensingRefused(
                    Reason.PATENT_NOT_LICENSABLE,
                    "Patent " + p.number() + " is " + (p.status() == Patent.Status.IN_FORCE ? "expired" : "lapsed")
                            + "; it can no longer be licensed.");
        }
        Offer.Terms t = o.terms();
        Licence l = new Licence(
                o.id(),
                p.number(),
                licensee,
                o.kind(),
                brokerId,
                today(),
                t.trialDays(),
                t.termMonths(),
                rules.recordationMonths(),
                clock.instant());
        em.persist(l);
        return l;
    }

    /**
     * A licence as {@code caller} may see it: their own, or any when {@code seesAll} (the office).
     * Another's licence is answered as unknown, like one that does not exist.
     */
    public Licence licence(UUID id, String caller, boolean seesAll) {
        Licence l = em.find(Licence.class, id);
        if (l == null || !seesAll && !l.licensee().equals(caller)) {
            throw new LicensingRefused(Reason.UNKNOWN_LICENCE, "There is no licence " + id + " of yours.");
        }
        return l;
    }

    /** Licences ordered by id: the caller's own, or all when {@code seesAll}. */
    public Page<Licence> licences(String caller, boolean seesAll, int limit, UUID after) {
        return Pages.after(
                em,
                "select l from Licence l where l.id > :after" + (seesAll ? "" : " and l.licensee = :licensee")
                        + " order by l.id",
                Licence.class,
                seesAll ? Map.of() : Map.of("licensee", caller),
                Licence::id,
                limit,
                after);
    }

    /** A report during the trial: how the licensee uses the patent and how it performs. */
    public TrialReport reportTrial(UUID id, String licensee, String usage, String performance, long units) {
        Licence l = openTrial(id, licensee);
        TrialReport r = new TrialReport(l.id(), usage, performance, units, clock.instant());
        em.persist(r);
        return r;
    }

    public List<TrialReport> trialReports(UUID id, String caller, boolean seesAll) {
        licence(id, caller, seesAll);
        return em.createQuery(
                        "select r from TrialReport r where r.licenceId = :id order by r.reportedAt, r.id",
                        TrialReport.class)
                .setParameter("id", id)
                .getResultList();
    }

    /** The licensee converts: royalties start today, on the terms fixed when the trial began. */
    public Licence convert(UUID id, String licensee) {
        Licence l = openTrial(id, licensee);
        l.convert(today(), em.find(Offer.class, l.offerId()).terms().termMonths(), clock.instant());
        return l;
    }

    /** The licensee walks away: the licence ends and nothing is owed. */
    public Licence walkAway(UUID id, String licensee) {
        Licence l = openTrial(id, licensee);
        l.walkAway(clock.instant());
        return l;
    }

    /** Records the licence contract with the patent office (备案). */
    public Licence record(UUID id, LocalDate recordedOn, String recordNumber) {
        Licence l = licence(id, null, true);
        em.lock(l, LockModeType.PESSIMISTIC_WRITE);
        if (l.recordedOn() != null) {
            throw new LicensingRefused(
                    Reason.ALREADY_RECORDED,
                    "Licence " + id + " was recorded on " + l.recordedOn() + " as " + l.recordNumber() + ".");
        }
        l.record(recordedOn, recordNumber);
        return l;
    }

    /**
     * Ends what ran out before today: trials past their last day without a decision (ENDED, nothing
     * owed) and licences past their term.
     *
     * @return how many licences it ended
     */
    public int expire() {
        List<Licence> due = em.createQuery(
                        "select l from Licence l where (l.status = :trial and l.trialEndsOn < :today)"
                                + " or (l.status = :active and l.endsOn < :today) order by l.id",
                        Licence.class)
                .setParameter("trial", LicenceStatus.TRIAL)
                .setParameter("active", LicenceStatus.ACTIVE)
                .setParameter("today", today())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (Licence l : due) {
            if (l.status() == LicenceStatus.TRIAL) {
                l.expireTrial(clock.instant());
            } else {
                l.end();
            }
        }
        return due.size();
    }

    private Licence openTrial(UUID id, String licensee) {
        Licence l = licence(id, licensee, false);
        em.lock(l, LockModeType.PESSIMISTIC_WRITE);
        if (l.status() != LicenceStatus.TRIAL) {
            throw new LicensingRefused(
                    Reason.NOT_IN_TRIAL,
                    "Licence " + id + " is " + l.status() + ", not in a trial"
                            + (l.trialOutcome() == null ? "." : " (" + l.trialOutcome() + ")."));
        }
        if (today().isAfter(l.trialEndsOn())) {
            throw new LicensingRefused(
                    Reason.TRIAL_OVER,
                    "The trial of licence " + id + " ended on " + l.trialEndsOn()
                            + "; it can no longer be converted, reported on or walked away from.");
        }
        return l;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
