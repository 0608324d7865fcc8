package org.transferhub.licensing.interfaces.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.transferhub.licensing.application.Royalties;
import org.transferhub.licensing.domain.catalogue.Offer;
import org.transferhub.licensing.domain.catalogue.Patent;
import org.transferhub.licensing.domain.licence.Licence;
import org.transferhub.licensing.domain.licence.TrialReport;
import org.transferhub.licensing.domain.royalty.Invoice;
import org.transferhub.licensing.domain.royalty.Payment;
import org.transferhub.licensing.domain.royalty.RevenueReport;
import org.transferhub.spi.licensing.LicenceSummary.LicenceKind;
import org.transferhub.spi.licensing.LicenceSummary.LicenceStatus;
import org.transferhub.spi.money.Money;

/** The JSON answers of the licensing API. */
public final class Views {

    private Views() {}

    public record PatentView(
            UUID id,
            String number,
            String title,
            Patent.Kind kind,
            List<String> owners,
            LocalDate expiresOn,
            Patent.Status status,
            String field,
            @JsonbProperty("abstract") String abstractText,
            String evaluationReport,
            UUID voucherProviderId) {}

    static PatentView of(Patent p) {
        return new PatentView(
                p.id(),
                p.number(),
                p.title(),
                p.kind(),
                p.owners(),
                p.expiresOn(),
                p.status(),
                p.field(),
                p.abstractText(),
                p.evaluationReport(),
                p.voucherProviderId());
    }

    public record Schedule(String type, Map<String, String> parameters) {}

    public record OfferView(
            UUID id,
            UUID patentId,
            LicenceKind kind,
            Schedule schedule,
            String currency,
            Money annualMinimum,
            Money annualCap,
            int termMonths,
            Integer trialDays,
            String fieldOfUse,
            Offer.Status status,
            List<String> consents,
            Instant publishedAt) {}

    static OfferView of(Offer o) {
        Offer.Terms t = o.terms();
        return new OfferView(
                o.id(),
                o.patentId(),
                t.kind(),
                new Schedule(t.scheduleType(), t.parameters()),
                t.currency(),
                money(t.annualMinimum(), t.currency()),
                money(t.annualCap(), t.currency()),
                t.termMonths(),
                t.trialDays(),
                t.fieldOfUse(),
                o.status(),
                o.consents(),
                o.publishedAt());
    }

    private static Money money(Long amount, String currency) {
        return amount == null ? null : Money.of(amount, currency);
    }

    public record LicenceView(
            UUID id,
            String patentNumber,
            String licensee,
            LicenceKind kind,
            LicenceStatus status,
            UUID brokerId,
            LocalDate startsOn,
            LocalDate trialEndsOn,
            Licence.TrialOutcome trialOutcome,
            LocalDate royaltiesFrom,
            LocalDate endsOn,
            LocalDate recordationDue,
            LocalDate recordedOn,
            String recordNumber,
            boolean recordationOverdue,
            OfferView terms) {}

    static LicenceView of(Licence l, Offer terms) {
        return new LicenceView(
                l.id(),
                l.patentNumber(),
                l.licensee(),
                l.kind(),
                l.status(),
                l.brokerId(),
                l.startsOn(),
                l.trialEndsOn(),
                l.trialOutcome(),
                l.royaltiesFrom(),
                l.endsOn(),
                l.recordationDue(),
                l.recordedOn(),
                l.recordNumber(),
                l.recordationOverdue(LocalDate.now(java.time.Clock.systemUTC())),
                of(terms));
    }

    public record TrialReportView(
            UUID id, UUID licenceId, String usage, String performance, long units, Instant reportedAt) {}

    static TrialReportView of(TrialReport r) {
        return new TrialReportView(r.id(), r.licenceId(), r.usage(), r.performance(), r.units(), r.reportedAt());
    }

    public record ReportView(
            UUID id,
            UUID licenceId,
            int licenceYear,
            LocalDate periodFrom,
            LocalDate periodTo,
            Money netSales,
            Money profit,
            long units,
            Money royalty,
            LocalDate dueBy,
            boolean late,
            UUID invoiceId) {}

    static ReportView of(RevenueReport r, Invoice invoice) {
        String c = r.currency();
        return new ReportView(
                r.id(),
                r.licenceId(),
                r.licenceYear(),
                r.periodFrom(),
                r.periodTo(),
                Money.of(r.netSales(), c),
                Money.of(r.profit(), c),
                r.units(),
                Money.of(r.royalty(), c),
                r.dueBy(),
                r.late(),
                invoice == null ? null : invoice.id());
    }

    public record PaymentView(
            Money amount, Payment.Method method, String reference, String recordedBy, Instant paidAt) {}

    public record ShareView(String recipient, Money amount) {}

    public record InvoiceView(
            UUID id,
            UUID licenceId,
            UUID reportId,
            String licensee,
            Money amount,
            Money paid,
            Money outstanding,
            Invoice.Status status,
            LocalDate issuedOn,
            LocalDate dueOn,
            List<PaymentView> payments,
            List<ShareView> distribution) {}

    static InvoiceView of(Invoice i, Royalties royalties) {
        String c = i.currency();
        return new InvoiceView(
                i.id(),
                i.licenceId(),
                i.reportId(),
                i.licensee(),
                Money.of(i.amount(), c),
                Money.of(i.paid(), c),
                Money.of(i.outstanding(), c),
                i.status(),
                i.issuedOn(),
                i.dueOn(),
                royalties.payments(i.id()).stream()
                        .map(p -> new PaymentView(
                                Money.of(p.amount(), p.currency()),
                                p.method(),
                                p.reference(),
                                p.recordedBy(),
                                p.paidAt()))
                        .toList(),
                royalties.distribution(i).stream()
                        .map(s -> new ShareView(s.recipient(), Money.of(s.amount(), c)))
                        .toList());
    }
}
