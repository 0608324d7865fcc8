package org.transferhub.licensing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.transferhub.kernel.idempotency.Idempotent;
import org.transferhub.kernel.security.Roles;
import org.transferhub.licensing.application.Royalties;
import org.transferhub.licensing.application.Statistics;
import org.transferhub.licensing.domain.royalty.Invoice;
import org.transferhub.licensing.infrastructure.RegionVoucherPayments;
import org.transferhub.spi.Page;
import org.transferhub.spi.money.Money;
import org.transferhub.spi.voucher.VoucherService;

/**
 * Royalties: licensees report revenue and get the invoice at once, pay part of it with a voucher
 * where the region allows; the office records transfers and reads the statistics.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoyaltyResource {

    @Inject
    LicensingBackend backend;

    @Inject
    RegionVoucherPayments vouchers;

    public record RevenueReportDraft(
            @NotNull LocalDate periodFrom,
            @NotNull LocalDate periodTo,
            @NotNull @Valid Money netSales,
            @NotNull @Valid Money profit,
            @NotNull @Min(value = 0, message = "must be 0 or more") Long units) {}

    public record TransferDraft(@NotNull @Valid Money amount, @NotBlank @Size(max = 100) String reference) {}

    public record VoucherPaymentDraft(
            @NotBlank @Pattern(regexp = VoucherService.CODE_PATTERN, message = "is not a voucher code")
                    String voucherCode) {}

    /**
     * Licences by kind then status, trials by outcome, royalties invoiced and received per currency
     * (in all and per month), and the pay-after-use funnel.
     */
    public record StatisticsView(
            Map<String, Map<String, Long>> licences,
            Map<String, Long> trials,
            Map<String, Long> invoiced,
            Map<String, Long> received,
            List<MonthView> months,
            Statistics.Funnel funnel) {}

    /** One month ({@code 2026-07}) of royalties in one currency. */
    public record MonthView(String month, Money invoiced, Money received) {}

    /** The licensee's figures for the next period; answered with the royalty and the invoice it produced. */
    @POST
    @Path("licences/{id}/revenue-reports")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.HOLDER)
    public Views.ReportView report(
            @PathParam("id") UUID id,
            @NotNull(message = "Send {\"periodFrom\", \"periodTo\", \"netSales\", \"profit\", \"units\"}.") @Valid
                    RevenueReportDraft d) {
        if (d.periodTo().isBefore(d.periodFrom())) {
            throw CatalogueResource.invalid(
                    "body.periodTo", "must not be before periodFrom", "A period ends on or after the day it starts.");
        }
        Royalties.Reported r = backend.royalties()
                .report(id, backend.callerName(), d.periodFrom(), d.periodTo(), d.netSales(), d.profit(), d.units());
        return Views.of(r.report(), r.invoice());
    }

    /** A licence's revenue reports in period order. */
    @GET
    @Path("licences/{id}/revenue-reports")
    @Transactional
    @RolesAllowed({Roles.OPERATOR, Roles.HOLDER})
    public List<Views.ReportView> reports(@PathParam("id") UUID id) {
        backend.licences().licence(id, backend.callerName(), backend.seesAll());
        Royalties royalties = backend.royalties();
        return royalties.reports(id).stream()
                .map(r -> Views.of(r, royalties.invoiceOf(r.id())))
                .toList();
    }

    @GET
    @Path("invoices/{id}")
    @Transactional
    @RolesAllowed({Roles.OPERATOR, Roles.HOLDER})
    public Views.InvoiceView invoice(@PathParam("id") UUID id) {
        Royalties royalties = backend.royalties();
        return Views.of(royalties.invoice(id, backend.callerName(), backend.seesAll()), royalties);
    }

    /** Invoices ordered by id: the caller's own, or every one for the office; only OPEN or PAID ones if asked. */
    @GET
    @Path("invoices")
    @Transactional
    @RolesAllowed({Roles.OPERATOR, Roles.HOLDER})
    public Page<Views.InvoiceView> invoices(
            @QueryParam("status") Invoice.Status status,
            @QueryParam("limit")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100, message = "must be at most 100")
                    int limit,
            @QueryParam("cursor") UUID cursor) {
        Royalties royalties = backend.royalties();
        Page<Invoice> page = royalties.invoices(backend.callerName(), backend.seesAll(), status, limit, cursor);
        return new Page<>(page.items().stream().map(i -> Views.of(i, royalties)).toList(), page.nextCursor());
    }

    /** The office records a transfer it received on the invoice. */
    @POST
    @Path("invoices/{id}/payments")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public Views.InvoiceView recordTransfer(
            @PathParam("id") UUID id,
            @NotNull(message = "Send {\"amount\": {\"amount\": ..., \"currency\": ...}, \"reference\": ...}.") @Valid
                    TransferDraft d) {
        Royalties royalties = backend.royalties();
        return Views.of(royalties.recordTransfer(id, d.amount(), d.reference(), backend.callerName()), royalties);
    }

    /** The licensee pays the voucher's share of what is outstanding with their own voucher. */
    @POST
    @Path("invoices/{id}/voucher-payments")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.HOLDER)
    public Views.InvoiceView payWithVoucher(
            @PathParam("id") UUID id, @NotNull(message = "Send {\"voucherCode\": ...}.") @Valid VoucherPaymentDraft d) {
        Royalties royalties = backend.royalties();
        return Views.of(royalties.payWithVoucher(id, d.voucherCode(), backend.callerName(), vouchers), royalties);
    }

    @GET
    @Path("statistics")
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public StatisticsView statistics() {
        Statistics.Figures f = backend.statistics().figures();
        Map<String, Map<String, Long>> licences = new TreeMap<>();
        f.licences().forEach((kind, byStatus) -> {
            Map<String, Long> m = new TreeMap<>();
            byStatus.forEach((status, n) -> m.put(status.name(), n));
            licences.put(kind.name(), m);
        });
        Map<String, Long> trials = new TreeMap<>();
        f.trials().forEach((outcome, n) -> trials.put(outcome.name(), n));
        List<MonthView> months = f.months().stream()
                .map(m -> new MonthView(
                        m.month().toString(),
                        Money.of(m.invoiced(), m.currency()),
                        Money.of(m.received(), m.currency())))
                .toList();
        return new StatisticsView(licences, trials, f.invoiced(), f.received(), months, f.funnel());
    }
}
