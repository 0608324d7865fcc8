package org.transferhub.licensing.application;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.transferhub.licensing.domain.catalogue.Offer;
import org.transferhub.licensing.domain.licence.Licence;
import org.transferhub.spi.licensing.LicenceSummary.LicenceKind;
import org.transferhub.spi.licensing.LicenceSummary.LicenceStatus;

/**
 * The region's licensing in figures: licences by kind and status, how trials ended, royalties
 * invoiced and received (in all and per month), and the pay-after-use funnel.
 */
public class Statistics {

    private final EntityManager em;

    public Statistics(EntityManager em) {
        this.em = em;
    }

    /**
     * @param licences count per kind, then per status (every kind and status, 0 included)
     * @param trials count per trial outcome: CONVERTED, WALKED_AWAY, EXPIRED
     * @param invoiced royalties invoiced per currency, in minor units
     * @param received royalties received per currency (transfers and vouchers)
     * @param months royalties invoiced (by issue date) and received (by payment date, UTC) per
     *     month and currency, oldest first; only months with either
     * @param funnel the pay-after-use funnel
     */
    public record Figures(
            Map<LicenceKind, Map<LicenceStatus, Long>> licences,
            Map<Licence.TrialOutcome, Long> trials,
            Map<String, Long> invoiced,
            Map<String, Long> received,
            List<Month> months,
            Funnel funnel) {}

    /** One month's royalties in one currency, in minor units. */
    public record Month(YearMonth month, String currency, long invoiced, long received) {}

    /**
     * @param offers pay-after-use offers published
     * @param trials pay-after-use licences taken up (each starts with a trial)
     * @param conversions trials converted to a paid licence
     */
    public record Funnel(long offers, long trials, long conversions) {}

    public Figures figures() {
        Map<LicenceKind, Map<LicenceStatus, Long>> licences = new TreeMap<>();
        for (LicenceKind k : LicenceKind.values()) {
            Map<LicenceStatus, Long> byStatus = new TreeMap<>();
            for (LicenceStatus s : LicenceStatus.values()) {
                byStatus.put(s, 0L);
            }
            licences.put(k, byStatus);
        }
        for (Object[] row : rows("select l.kind, l.status, count(l) from Licence l group by l.kind, l.status")) {
            licences.get((LicenceKind) row[0]).put((LicenceStatus) row[1], (Long) row[2]);
        }
        Map<Licence.TrialOutcome, Long> trials = new TreeMap<>();
        for (Licence.TrialOutcome o : Licence.TrialOutcome.values()) {
            trials.put(o, 0L);
        }
        for (Object[] row : rows(
                "select l.trialOutcome, count(l) from Licence l where l.trialOutcome is not null group by l.trialOutcome")) {
            trials.put((Licence.TrialOutcome) row[0], (Long) row[1]);
        }
        return new Figures(
                licences,
                trials,
                sums("select i.currency, sum(i.amount) from Invoice i group by i.currency"),
                sums("select p.currency, sum(p.amount) from Payment p group by p.currency"),
                months(),
                funnel());
    }

    /**
     * Grouped by day (invoices) or read per payment in the database, folded into months here: the
     * month of a date has no portable JPQL function across H2 and PostgreSQL.
     */
    private List<Month> months() {
        Map<String, long[]> sums = new TreeMap<>(); // "2026-07 CNY" -> {invoiced, received}
        for (Object[] row :
                rows("select i.issuedOn, i.currency, sum(i.amount) from Invoice i group by i.issuedOn, i.currency")) {
            YearMonth m = YearMonth.from((LocalDate) row[0]);
            sums.computeIfAbsent(m + " " + row[1], k -> new long[2])[0] += ((Number) row[2]).longValue();
        }
        for (Object[] row : rows("select p.paidAt, p.currency, p.amount from Payment p")) {
            YearMonth m = YearMonth.from(((Instant) row[0]).atZone(ZoneOffset.UTC));
            sums.computeIfAbsent(m + " " + row[1], k -> new long[2])[1] += ((Number) row[2]).longValue();
        }
        List<Month> out = new ArrayList<>();
        sums.forEach((key, v) -> {
            String[] parts = key.split(" ");
            out.add(new Month(YearMonth.parse(parts[0]), parts[1], v[0], v[1]));
        });
        return out;
    }

    private Funnel funnel() {
        return new Funnel(
                count("select count(o) from Offer o where o.kind = :k and o.status = :s", Offer.Status.PUBLISHED),
                count("select count(l) from Licence l where l.kind = :k", null),
                count(
                        "select count(l) from Licence l where l.kind = :k and l.trialOutcome = :s",
                        Licence.TrialOutcome.CONVERTED));
    }

    private long count(String jpql, Object status) {
        var q = em.createQuery(jpql, Long.class).setParameter("k", LicenceKind.PAY_AFTER_USE);
        if (status != null) {
            q.setParameter("s", status);
        }
        return q.getSingleResult();
    }

    private List<Object[]> rows(String jpql) {
        return em.createQuery(jpql, Object[].class).getResultList();
    }

    private Map<String, Long> sums(String jpql) {
        Map<String, Long> m = new TreeMap<>();
        for (Object[] row : rows(jpql)) {
            m.put((String) row[0], ((Number) row[1]).longValue());
        }
        return m;
    }
}
