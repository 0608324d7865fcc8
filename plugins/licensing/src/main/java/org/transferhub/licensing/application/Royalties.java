package org.transferhub.licensing.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.transferhub.licensing.application.LicensingRefused.Reason;
import org.transferhub.licensing.domain.catalogue.Offer;
import org.transferhub.licensing.domain.catalogue.Patent;
import org.transferhub.licensing.domain.licence.Licence;
import org.transferhub.licensing.domain.royalty.Invoice;
import org.transferhub.licensing.domain.royalty.Payment;
import org.transferhub.licensing.domain.royalty.RevenueReport;
import org.transferhub.licensing.domain.royalty.RoyaltyArithmetic;
import org.transferhub.licensing.domain.royalty.RoyaltyArithmetic.LicenceYear;
import org.transferhub.spi.Page;
import org.transferhub.spi.licensing.royalty.RoyaltySchedule;
import org.transferhub.spi.money.Money;
import org.transferhub.spi.voucher.Hold;
import org.transferhub.spi.voucher.RedemptionRequest;

/**
 * Royalties: a licensee reports its figures period by period, each report is billed by the
 * licence's schedule (see {@link RoyaltyArithmetic}), and the invoice is paid by transfer (recorded
 * by the office) or partly with a voucher where the region allows it.
 */
public class Royalties {

    private final EntityManager em;
    private final Clock clock;
    private final Rules rules;
    private final Map<String, RoyaltySchedule> schedules;

    public Royalties(EntityManager em, Clock clock, Rules rules, Map<String, RoyaltySchedule> schedules) {
        this.em = em;
        this.clock = clock;
        this.rules = rules;
        this.schedules = schedules;
    }

    /** A report and the invoice it produced (none when it came to nothing). */
    public record Reported(RevenueReport report, Invoice invoice) {}

    /** One share of money received on an invoice. */
    public record Share(String recipient, long amount) {}

    /**
     * A revenue report for the period that follows the last one: it starts the day after the last
     * report's period (or the day royalties started) and ends within the same licence year, today
     * at the latest.
     */
    public Reported report(
            UUID licenceId, String licensee, LocalDate from, LocalDate to, Money netSales, Money profit, long units) {
        Licence l = em.find(Licence.class, licenceId);
        if (l == null || !l.licensee().equals(licensee)) {
            throw new LicensingRefused(Reason.UNKNOWN_LICENCE, "There is no licence " + licenceId + " of yours.");
        }
        em.lock(l, LockModeType.PESSIMISTIC_WRITE); // reports of one licence in turn: each bills on the ones before
        if (l.royaltiesFrom() == null) {
            throw new LicensingRefused(
                    Reason.NO_ROYALTIES,
                    "Licence " + licenceId + " owes no royalties (" + l.status()
                            + "): a pay-after-use licence reports revenue once converted.");
        }
        Offer offer = em.find(Offer.class, l.offerId());
        Offer.Terms terms = offer.terms();
        if (!netSales.currency().equals(terms.currency()) || !profit.currency().equals(terms.currency())) {
            throw new LicensingRefused(
                    Reason.CURRENCY_MISMATCH,
                    "Report the figures in the licence's currency, " + terms.currency() + ".");
        }
        if (netSales.amount() < 0 || units < 0) {
            throw new LicensingRefused(Reason.INVALID_AMOUNT, "Net sales and units are 0 or more.");
        }
        List<RevenueReport> earlier = reports(licenceId);
        LocalDate next = earlier.isEmpty()
                ? l.royaltiesFrom()
                : earlier.get(earlier.size() - 1).periodTo().plusDays(1);
        if (!from.equals(next)) {
            throw new LicensingRefused(
                    Reason.PERIOD_NOT_NEXT,
                    "Reports follow each other without a gap or an overlap: the next period starts on " + next + ".");
        }
        LicenceYear year = RoyaltyArithmetic.yearOf(l.royaltiesFrom(), l.endsOn(), from);
        if (from.isAfter(l.endsOn()) || to.isBefore(from) || !year.contains(to) || to.isAfter(today())) {
            throw new LicensingRefused(
                    Reason.OUTSIDE_LICENCE,
                    "A report covers days of one licence year, up to today: from " + from + " to a day from " + from
                            + " to " + min(year.lastCovered(), today()) + ".");
        }
        List<RevenueReport> sameYear =
                earlier.stream().filter(r -> r.licenceYear() == year.number()).toList();
        RoyaltySchedule.YearToDate ytd = new RoyaltySchedule.YearToDate(
                year.number(),
                netSales.amount()
                        + sameYear.stream().mapToLong(RevenueReport::netSales).sum(),
                profit.amount()
                        + sameYear.stream().mapToLong(RevenueReport::profit).sum(),
                units + sameYear.stream().mapToLong(RevenueReport::units).sum());
        RoyaltySchedule schedule = schedules.get(terms.scheduleType());
        if (schedule == null) {
            throw new LicensingRefused(
                    Reason.INVALID_TERMS,
                    "The offer's royalty schedule '" + terms.scheduleType()
                            + "' is not installed any more; ask the region operator to install it again.");
        }
        long scheduled = schedule.royalty(ytd, terms.parameters());
        long yearSoFar = RoyaltyArithmetic.yearRoyalty(
                scheduled, terms.annualCap(), terms.annualMinimum(), year, to.equals(year.lastCovered()));
        long billed = sameYear.stream().mapToLong(RevenueReport::royalty).sum();
        long due = Math.max(0, yearSoFar - billed);
        RevenueReport report = new RevenueReport(
                licenceId,
                year.number(),
                from,
                to,
                netSales.amount(),
                profit.amount(),
                units,
                terms.currency(),
                due,
                to.plusDays(rules.reportGraceDays()),
                today(),
                clock.instant());
        em.persist(report);
        em.flush(); // EclipseLink orders inserts of unrelated entities freely: the report's row before the invoice's
        Invoice invoice = null;
        if (due > 0) {
            invoice = new Invoice(
                    licenceId,
                    report.id(),
                    licensee,
                    due,
                    terms.currency(),
                    today(),
                    today().plusDays(rules.invoiceDays()));
            em.persist(invoice);
        }
        return new Reported(report, invoice);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** A licence's reports in period order. */
    public List<RevenueReport> reports(UUID licenceId) {
        return em.createQuery(
                        "select r from RevenueReport r where r.licenceId = :id order by r.periodFrom",
                        RevenueReport.class)
                .setParameter("id", licenceId)
                .getResultList();
    }

    /** The invoice of a report, if it came to anything. */
    public Invoice invoiceOf(UUID reportId) {
        return em.createQuery("select i from Invoice i where i.reportId = :r", Invoice.class)
                .setParameter("r", reportId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** An invoice as the caller may see it: their own, or any when {@code seesAll}. */
    public Invoice invoice(UUID id, String caller, boolean seesAll) {
        Invoice i = em.find(Invoice.class, id);
        if (i == null || !seesAll && !i.licensee().equals(caller)) {
            throw new LicensingRefused(Reason.UNKNOWN_INVOICE, "There is no invoice " + id + " of yours.");
        }
        return i;
    }

    /** Invoices ordered by id: the caller's own, or every one when {@code seesAll}; only those of a status if given. */
    public Page<Invoice> invoices(String caller, boolean seesAll, Invoice.Status status, int limit, UUID after) {
        Map<String, Object> parameters = new HashMap<>();
        if (!seesAll) {
            parameters.put("licensee", caller);
        }
        if (status != null) {
            parameters.put("status", status);
        }
        return Pages.after(
                em,
                "select i from Invoice i where i.id > :after" + (seesAll ? "" : " and i.licensee = :licensee")
                        + (status == null ? "" : " and i.status = :status") + " order by i.id",
                Invoice.class,
                parameters,
                Invoice::id,
                limit,
                after);
    }

    public List<Payment> payments(UUID invoiceId) {
        return em.createQuery("select p from Payment p where p.invoiceId = :i order by p.paidAt, p.id", Payment.class)
                .setParameter("i", invoiceId)
                .getResultList();
    }

    /** The office records a transfer it received: 1 fen up to what is outstanding. */
    public Invoice recordTransfer(UUID invoiceId, Money amount, String reference, String operator) {
        Invoice i = open(invoice(invoiceId, operator, true));
        if (!amount.currency().equals(i.currency())) {
            throw new LicensingRefused(Reason.CURRENCY_MISMATCH, "The invoice is in " + i.currency() + ".");
        }
        if (amount.amount() < 1 || amount.amount() > i.outstanding()) {
            throw new LicensingRefused(
                    Reason.INVALID_AMOUNT,
                    "A payment is 1 to " + i.outstanding() + " (what is outstanding), not " + amount.amount() + ".");
        }
        receive(i, amount.amount(), Payment.Method.TRANSFER, reference, operator);
        return i;
    }

    /**
     * The licensee pays with an innovation voucher: the voucher pays its programme's share of what
     * is outstanding (as much as it has), held and captured at once for the licensor's provider.
     * The rest stays outstanding, for a transfer.
     */
    public Invoice payWithVoucher(UUID invoiceId, String voucherCode, String licensee, VoucherPayments vouchers) {
        if (!rules.vouchersAccepted()) {
            throw new LicensingRefused(
                    Reason.VOUCHERS_NOT_ACCEPTED,
                    "This region does not accept vouchers for royalties; pay by transfer.");
        }
        Invoice i = open(invoice(invoiceId, licensee, false));
        Licence l = em.find(Licence.class, i.licenceId());
        Patent p = em.find(Patent.class, em.find(Offer.class, l.offerId()).patentId());
        if (p.voucherProviderId() == null) {
            throw new LicensingRefused(
                    Reason.VOUCHERS_NOT_ACCEPTED,
                    "The licensor of patent " + p.number() + " is not a voucher provider; pay by transfer.");
        }
        Hold hold = vouchers.pay(new RedemptionRequest(
                voucherCode, p.voucherProviderId(), "invoice " + i.id(), Money.of(i.outstanding(), i.currency())));
        receive(i, hold.voucherShare().amount(), Payment.Method.VOUCHER, voucherCode + " hold " + hold.id(), licensee);
        return i;
    }

    private void receive(Invoice i, long amount, Payment.Method method, String reference, String by) {
        i.receive(amount);
        em.persist(new Payment(i.id(), amount, i.currency(), method, reference, by, clock.instant()));
    }

    private Invoice open(Invoice i) {
        em.lock(i, LockModeType.PESSIMISTIC_WRITE);
        if (i.status() != Invoice.Status.OPEN) {
            throw new LicensingRefused(Reason.ALREADY_PAID, "Invoice " + i.id() + " is paid in full.");
        }
        return i;
    }

    /**
     * How the money received on an invoice is shared: the research team gets the region's share,
     * the co-owners share the rest equally; largest remainder, so the shares add up exactly.
     */
    public List<Share> distribution(Invoice i) {
        Licence l = em.find(Licence.class, i.licenceId());
        List<String> owners = em.find(
                        Patent.class, em.find(Offer.class, l.offerId()).patentId())
                .owners();
        long[] weights = new long[owners.size() + 1];
        weights[0] = (long) rules.teamShareBasisPoints() * owners.size();
        for (int k = 1; k < weights.length; k++) {
            weights[k] = 10_000L - rules.teamShareBasisPoints();
        }
        long[] shares = RoyaltyArithmetic.split(i.paid(), weights);
        List<Share> out = new ArrayList<>();
        out.add(new Share(TEAM, shares[0]));
        for (int k = 0; k < owners.size(); k++) {
            out.add(new Share(owners.get(k), shares[k + 1]));
        }
        return out;
    }

    /** The recipient name of the research team's share. */
    public static final String TEAM = "research team";

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
