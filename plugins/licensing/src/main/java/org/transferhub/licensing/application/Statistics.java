package org.transferhub.licensing.application;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.transferhub.licensing.domain.licence.Licence;
import org.transferhub.spi.licensing.LicenceSummary.LicenceKind;
import org.transferhub.spi.licensing.LicenceSummary.LicenceStatus;

/** The region's licensing in figures: licences by kind and status, how trials ended, royalties invoiced and received. */
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
     */
    public record Figures(
            Map<LicenceKind, Map<LicenceStatus, Long>> licences,
            Map<Licence.TrialOutcome, Long> trials,
            Map<String, Long> invoiced,
            Map<String, Long> received) {}

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
                sums("select p.currency, sum(p.amount) from Payment p group by p.currency"));
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
