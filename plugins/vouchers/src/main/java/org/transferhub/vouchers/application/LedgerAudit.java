package org.transferhub.vouchers.application;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.transferhub.vouchers.domain.ledger.Accounts;
import org.transferhub.vouchers.domain.ledger.Ledger;
import org.transferhub.vouchers.domain.programme.Programme;
import org.transferhub.vouchers.domain.voucher.Voucher;

/**
 * The conservation check: debits equal credits in every currency; each programme's budget is
 * exactly what its accounts hold (unissued + vouchers' available and held + providers' payable,
 * settled and paid + clearing with other regions), and so per currency; each voucher's balances on
 * its row equal its ledger balances and are not negative.
 */
public class LedgerAudit {

    /**
     * The outcome: {@code balanced} when {@code problems} is empty; the figures of the conservation
     * equation per currency, and how many journals the ledger holds.
     */
    public record Result(boolean balanced, List<String> problems, long journals, Map<String, Figures> currencies) {}

    /**
     * What every programme of one currency holds, in minor units: budget = unissued + available +
     * held + payable + settled + paid + clearing (with other regions).
     */
    public record Figures(
            long budget,
            long unissued,
            long available,
            long held,
            long payable,
            long settled,
            long paid,
            long clearing) {}

    private final EntityManager em;
    private final Ledger ledger;

    public LedgerAudit(EntityManager em, String region) {
        this.em = em;
        this.ledger = new Ledger(em, region);
    }

    public Result check() {
        List<String> problems = new ArrayList<>();
        em
                .createQuery("select p.currency, sum(p.amount) from Posting p group by p.currency", Object[].class)
                .getResultList()
                .stream()
                .filter(row -> ((Number) row[1]).longValue() != 0)
                .forEach(row -> problems.add("postings in " + row[0] + " add up to " + row[1] + ", not 0"));
        for (Programme p :
                em.createQuery("select p from Programme p", Programme.class).getResultList()) {
            long sponsor = ledger.balance(Accounts.sponsor(p.id()));
            long held = ledger.balanceUnder(Accounts.programme(p.id())) - sponsor;
            if (-sponsor != p.budget() || held != p.budget()) {
                problems.add("programme " + p.id() + ": budget " + p.budget() + ", funded " + -sponsor
                        + ", held in its accounts " + held);
            }
        }
        for (Voucher v :
                em.createQuery("select v from Voucher v", Voucher.class).getResultList()) {
            long available = ledger.balance(Accounts.available(v.programmeId(), v.code()));
            long held = ledger.balance(Accounts.held(v.programmeId(), v.code()));
            if (available != v.available() || held != v.held() || available < 0 || held < 0) {
                problems.add("voucher " + v.code() + ": row says " + v.available() + " available, " + v.held()
                        + " held; ledger says " + available + " and " + held);
            }
        }
        Map<String, Figures> figures = figures();
        figures.forEach((currency, f) -> {
            long accounted =
                    f.unissued() + f.available() + f.held() + f.payable() + f.settled() + f.paid() + f.clearing();
            if (accounted != f.budget()) {
                problems.add(
                        "in " + currency + " the budgets are " + f.budget() + " but their accounts hold " + accounted);
            }
        });
        long journals =
                em.createQuery("select count(j) from Journal j", Long.class).getSingleResult();
        return new Result(problems.isEmpty(), problems, journals, figures);
    }

    /** The sums of each kind of account, per currency, read from the postings by account name. */
    private Map<String, Figures> figures() {
        Map<String, Map<String, Long>> byKind = new TreeMap<>();
        for (String kind :
                List.of("sponsor", "unissued", "available", "held", "payable", "settled", "paid", "clearing")) {
            for (Object[] row : em.createQuery(
                            "select p.currency, sum(p.amount) from Posting p where p.account like :kind"
                                    + " group by p.currency",
                            Object[].class)
                    .setParameter("kind", kind.equals("clearing") ? "%/clearing/%" : "%/" + kind)
                    .getResultList()) {
                byKind.computeIfAbsent((String) row[0], c -> new TreeMap<>()).put(kind, ((Number) row[1]).longValue());
            }
        }
        Map<String, Figures> figures = new TreeMap<>();
        byKind.forEach((currency, sums) -> figures.put(
                currency,
                new Figures(
                        -sums.getOrDefault("sponsor", 0L),
                        sums.getOrDefault("unissued", 0L),
                        sums.getOrDefault("available", 0L),
                        sums.getOrDefault("held", 0L),
                        sums.getOrDefault("payable", 0L),
                        sums.getOrDefault("settled", 0L),
                        sums.getOrDefault("paid", 0L),
                        sums.getOrDefault("clearing", 0L))));
        return figures;
    }
}
