package org.transferhub.vouchers.application;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.transferhub.vouchers.domain.ledger.Accounts;
import org.transferhub.vouchers.domain.ledger.Ledger;
import org.transferhub.vouchers.domain.programme.Programme;
import org.transferhub.vouchers.domain.voucher.Voucher;

/**
 * The conservation check: debits equal credits in every currency; each programme's budget is
 * exactly what its accounts hold (unissued + vouchers' available and held + providers' payable
 * and paid); each voucher's balances on its row equal its ledger balances and are not negative.
 */
public class LedgerAudit {

    /** The outcome: {@code balanced} when {@code problems} is empty. */
    public record Result(boolean balanced, List<String> problems) {}

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
        return new Result(problems.isEmpty(), problems);
    }
}
