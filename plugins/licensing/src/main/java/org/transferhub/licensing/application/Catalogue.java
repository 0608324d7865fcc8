package org.transferhub.licensing.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.transferhub.licensing.application.LicensingRefused.Reason;
import org.transferhub.licensing.domain.catalogue.Offer;
import org.transferhub.licensing.domain.catalogue.Patent;
import org.transferhub.spi.Page;
import org.transferhub.spi.licensing.LicenceSummary.LicenceKind;
import org.transferhub.spi.licensing.royalty.RoyaltySchedule;

/**
 * The tech-transfer office's catalogue: patents, and the standard terms each is offered on. An
 * offer is checked against the region's caps when it is written and published only once every
 * co-owner has consented and, for a utility model or design, an evaluation report is on file.
 */
public class Catalogue {

    private final EntityManager em;
    private final Clock clock;
    private final Rules rules;
    private final Map<String, RoyaltySchedule> schedules;

    public Catalogue(EntityManager em, Clock clock, Rules rules, Map<String, RoyaltySchedule> schedules) {
        this.em = em;
        this.clock = clock;
        this.rules = rules;
        this.schedules = schedules;
    }

    public Patent addPatent(Patent p) {
        boolean taken = !em.createQuery("select p.id from Patent p where p.number = :n", UUID.class)
                .setParameter("n", p.number())
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new LicensingRefused(
                    Reason.DUPLICATE_PATENT, "Patent " + p.number() + " is in the catalogue already.");
        }
        em.persist(p);
        return p;
    }

    public Patent patent(UUID id) {
        Patent p = em.find(Patent.class, id);
        if (p == null) {
            throw new LicensingRefused(Reason.UNKNOWN_PATENT, "There is no patent " + id + " in the catalogue.");
        }
        return p;
    }

    /** Patents ordered by id, after the cursor. */
    public Page<Patent> patents(int limit, UUID after) {
        return Pages.after(
                em,
                "select p from Patent p where p.id > :after order by p.id",
                Patent.class,
                Map.of(),
                Patent::id,
                limit,
                after);
    }

    /** Writes a DRAFT offer of the patent's, checked against the installed schedules and the region's caps. */
    public Offer offer(UUID patentId, Offer.Terms terms) {
        patent(patentId);
        check(terms);
        Offer o = new Offer(
                patentId,
                terms.kind() == LicenceKind.PAY_AFTER_USE && terms.trialDays() == null
                        ? withTrial(terms, rules.trialDays())
                        : terms,
                clock.instant());
        em.persist(o);
        return o;
    }

    private static Offer.Terms withTrial(Offer.Terms t, int days) {
        return new Offer.Terms(
                t.kind(),
                t.scheduleType(),
                t.parameters(),
                t.currency(),
                t.annualMinimum(),
                t.annualCap(),
                t.termMonths(),
                days,
                t.fieldOfUse());
    }

    private void check(Offer.Terms t) {
        RoyaltySchedule s = schedules.get(t.scheduleType());
        if (s == null) {
            throw new LicensingRefused(
                    Reason.INVALID_TERMS,
                    "No royalty schedule '" + t.scheduleType() + "' is installed (installed: "
                            + String.join(", ", schedules.keySet()) + ").");
        }
        String wrong = s.checkParameters(t.parameters());
        if (wrong != null) {
            throw new LicensingRefused(Reason.INVALID_TERMS, t.scheduleType() + ": " + wrong);
        }
        if (t.annualMinimum() != null && t.annualCap() != null && t.annualMinimum() > t.annualCap()) {
            throw new LicensingRefused(
                    Reason.INVALID_TERMS,
                    "The minimum annual royalty (" + t.annualMinimum() + ") is above the annual cap (" + t.annualCap()
                            + "): lower the minimum or raise the cap.");
        }
        int rate = s.highestRateBasisPoints(t.parameters());
        int cap =
                switch (s.base()) {
                    case NET_SALES -> rules.capNetSalesBasisPoints();
                    case PROFIT -> rules.capProfitBasisPoints();
                    default -> Integer.MAX_VALUE;
                };
        if (rate > cap) {
            throw new LicensingRefused(
                    Reason.OVER_REGION_CAP,
                    "A royalty of " + rate + " basis points on "
                            + s.base().name().toLowerCase().replace('_', ' ') + " is over this region's cap of " + cap
                            + "; offer at most " + cap + ".");
        }
    }

    public Offer offer(UUID id) {
        Offer o = em.find(Offer.class, id);
        if (o == null) {
            throw new LicensingRefused(Reason.UNKNOWN_OFFER, "There is no offer " + id + ".");
        }
        return o;
    }

    /** Offers ordered by id, after the cursor; only PUBLISHED ones when {@code publishedOnly}. */
    public Page<Offer> offers(boolean publishedOnly, int limit, UUID after) {
        return Pages.after(
                em,
                "select o from Offer o where o.id > :after" + (publishedOnly ? " and o.status = :published" : "")
                        + " order by o.id",
                Offer.class,
                publishedOnly ? Map.of("published", Offer.Status.PUBLISHED) : Map.of(),
                Offer::id,
                limit,
                after);
    }

    /** Records a co-owner's consent to a draft offer. */
    public Offer consent(UUID offerId, String owner) {
        Offer o = draft(offerId);
        if (!patent(o.patentId()).owners().contains(owner)) {
            throw new LicensingRefused(
                    Reason.NOT_AN_OWNER,
                    "'" + owner + "' is not an owner of the patent; its owners are "
                            + String.join(", ", patent(o.patentId()).owners()) + ".");
        }
        o.consent(owner);
        return o;
    }

    /** Publishes a draft: from now on anyone may take it up, on these terms. */
    public Offer publish(UUID offerId) {
        Offer o = draft(offerId);
        Patent p = patent(o.patentId());
        List<String> missing =
                p.owners().stream().filter(w -> !o.consents().contains(w)).toList();
        if (!missing.isEmpty()) {
            throw new LicensingRefused(
                    Reason.CONSENT_MISSING,
                    "Every co-owner consents before an offer is published; record the consent of "
                            + String.join(", ", missing) + ".");
        }
        if (p.kind().needsEvaluationReport() && p.evaluationReport() == null) {
            throw new LicensingRefused(
                    Reason.EVALUATION_REPORT_MISSING,
                    "A " + p.kind().name().toLowerCase().replace('_', ' ')
                            + " is offered only with a patent evaluation report (专利权评价报告); add its reference to patent "
                            + p.number() + ".");
        }
        o.publish(clock.instant());
        return o;
    }

    private Offer draft(UUID offerId) {
        Offer o = offer(offerId);
        em.lock(o, LockModeType.PESSIMISTIC_WRITE);
        if (o.status() != Offer.Status.DRAFT) {
            throw new LicensingRefused(
                    Reason.ALREADY_PUBLISHED, "Offer " + offerId + " is published; its terms no longer change.");
        }
        return o;
    }
}
