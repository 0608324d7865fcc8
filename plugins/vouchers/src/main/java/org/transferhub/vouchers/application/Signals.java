package org.transferhub.vouchers.application;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.transferhub.spi.money.Money;
import org.transferhub.vouchers.domain.ledger.Accounts;
import org.transferhub.vouchers.domain.ledger.JournalKind;
import org.transferhub.vouchers.domain.ledger.Ledger;
import org.transferhub.vouchers.domain.programme.Programme;

/**
 * What an operator watches: how fast a programme's budget goes (issued and captured per month),
 * when it will run out at that pace, and redemptions that look wrong: a provider redeeming its
 * own staff's voucher (self-dealing), or one order split into several holds on a voucher in a day.
 */
public class Signals {

    /** Split orders: this many holds by one provider on one voucher within a day are flagged. */
    static final int SPLIT_HOLDS = 3;

    /** Issued and captured in one month. */
    public record Month(String month, Money issued, Money captured) {}

    /** A redemption that needs a look. */
    public record Flag(String kind, String voucherCode, UUID providerId, String detail) {}

    /**
     * @param projectedExhaustion when the unissued budget runs out at the average issuance of the
     *     last three months, or null when nothing was issued in them
     */
    public record Report(
            UUID programmeId,
            Money budget,
            Money unissued,
            List<Month> months,
            LocalDate projectedExhaustion,
            List<Flag> flags) {}

    private final EntityManager em;
    private final Clock clock;
    private final Ledger ledger;

    public Signals(EntityManager em, String region, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.ledger = new Ledger(em, region);
    }

    public Report report(UUID programmeId) {
        Programme p = em.find(Programme.class, programmeId);
        if (p == null) {
            throw new VoucherRefused(
                    VoucherRefused.Reason.UNKNOWN_PROGRAMME, "There is no programme " + programmeId + ".");
        }
        String prefix = Accounts.programme(programmeId);
        Map<YearMonth, long[]> byMonth = new TreeMap<>();
        add(byMonth, movements(JournalKind.ISSUE, prefix + "voucher/%/available"), 0);
        add(byMonth, movements(JournalKind.CAPTURE, prefix + "provider/%/payable"), 1);
        List<Month> months = new ArrayList<>();
        byMonth.forEach((m, v) ->
                months.add(new Month(m.toString(), Money.of(v[0], p.currency()), Money.of(v[1], p.currency()))));
        long unissued = ledger.balance(Accounts.unissued(programmeId));
        return new Report(
                programmeId,
                Money.of(p.budget(), p.currency()),
                Money.of(unissued, p.currency()),
                months,
                exhaustion(byMonth, unissued),
                flags(programmeId));
    }

    /** Amounts arriving in accounts matching {@code accountPattern} through journals of {@code kind}, with their times. */
    private List<Object[]> movements(JournalKind kind, String accountPattern) {
        return em.createQuery(
                        "select p.amount, j.createdAt from Posting p, Journal j where p.journalId = j.id and j.kind = :kind"
                                + " and p.account like :pattern and p.amount > 0",
                        Object[].class)
                .setParameter("kind", kind)
                .setParameter("pattern", accountPattern)
                .getResultList();
    }

    private static void add(Map<YearMonth, long[]> byMonth, List<Object[]> rows, int column) {
        for (Object[] row : rows) {
            YearMonth month = YearMonth.from(((Instant) row[1]).atZone(ZoneOffset.UTC));
            byMonth.computeIfAbsent(month, m -> new long[2])[column] += ((Number) row[0]).longValue();
        }
    }

    private LocalDate exhaustion(Map<YearMonth, long[]> byMonth, long unissued) {
        YearMonth now = YearMonth.now(clock);
        long lastThree = 0;
        for (int i = 0; i < 3; i++) {
            long[] v = byMonth.get(now.minusMonths(i));
            lastThree += v == null ? 0 : v[0];
        }
        if (lastThree == 0) {
            return null;
        }
        // Days left at the recent pace: unissued / (issued per day over the last three months, about 91 days).
        long daysLeft = Math.multiplyExact(unissued, 91L) / lastThree;
        return LocalDate.now(clock).plusDays(daysLeft);
    }

    private List<Flag> flags(UUID programmeId) {
        List<Flag> flags = new ArrayList<>();
        em.createQuery(
                        "select h.voucherCode, h.providerId from VoucherHold h, Voucher v, Provider pr where h.voucherCode = v.code"
                                + " and h.providerId = pr.id and v.programmeId = :programme and pr.owner = v.holder",
                        Object[].class)
                .setParameter("programme", programmeId)
                .getResultList()
                .forEach(row -> flags.add(new Flag(
                        "SELF_DEALING",
                        (String) row[0],
                        (UUID) row[1],
                        "The provider's own staff member holds this voucher and the provider redeemed it.")));
        Map<String, List<Instant>> holdsByProviderAndVoucher = new TreeMap<>();
        em.createQuery(
                        "select h.voucherCode, h.providerId, h.createdAt from VoucherHold h, Voucher v where h.voucherCode = v.code"
                                + " and v.programmeId = :programme order by h.createdAt",
                        Object[].class)
                .setParameter("programme", programmeId)
                .getResultList()
                .forEach(row -> holdsByProviderAndVoucher
                        .computeIfAbsent(row[0] + " " + row[1], k -> new ArrayList<>())
                        .add((Instant) row[2]));
        holdsByProviderAndVoucher.forEach((key, times) -> {
            for (int i = 0; i + SPLIT_HOLDS - 1 < times.size(); i++) {
                if (times.get(i + SPLIT_HOLDS - 1).isBefore(times.get(i).plusSeconds(86_400))) {
                    String[] parts = key.split(" ");
                    flags.add(
                            new Flag(
                                    "SPLIT_ORDERS",
                                    parts[0],
                                    UUID.fromString(parts[1]),
                                    SPLIT_HOLDS
                                            + " or more holds by one provider on this voucher within a day: one order split to fit the voucher?"));
                    break;
                }
            }
        });
        return flags;
    }
}
