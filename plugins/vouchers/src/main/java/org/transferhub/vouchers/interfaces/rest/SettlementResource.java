package org.transferhub.vouchers.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.transferhub.kernel.idempotency.Idempotent;
import org.transferhub.kernel.security.Roles;
import org.transferhub.spi.Page;
import org.transferhub.spi.money.Money;
import org.transferhub.vouchers.application.Paging;
import org.transferhub.vouchers.application.Settlements;
import org.transferhub.vouchers.domain.settlement.Settlement;
import org.transferhub.vouchers.domain.voucher.VoucherHold;

/**
 * Operators settle what providers are owed: see what is due, prepare a provider's period with its
 * evidence, a second operator approves, then payment is recorded. The statement comes as CSV for
 * spreadsheets and as a printable page in Chinese or English.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettlementResource {

    @Inject
    VouchersBackend backend;

    @Inject
    JsonWebToken caller;

    public record Batch(
            @NotNull UUID providerId,
            @NotBlank @Size(max = 30) String period,
            @NotEmpty(message = "must name the documents behind the batch: the provider's invoice at least")
                    @Size(max = 20)
                    List<@NotBlank @Size(max = 200) String> evidence) {}

    public record Payment(@NotBlank @Size(max = 100) String reference) {}

    public record SettlementView(
            UUID id,
            UUID programmeId,
            UUID providerId,
            String period,
            Money amount,
            List<String> evidence,
            Settlement.Status status,
            String preparedBy,
            Instant preparedAt,
            String approvedBy,
            Instant approvedAt,
            String paymentReference,
            Instant paidAt) {}

    public record DueView(UUID providerId, String period, int redemptions, Money amount) {}

    /** What providers captured in ended periods and nobody has batched yet. */
    @GET
    @Path("programmes/{id}/settlements/due")
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public List<DueView> due(@PathParam("id") UUID programme) {
        return settlements().due(programme).stream()
                .map(d -> new DueView(d.providerId(), d.period(), d.redemptions(), Money.of(d.amount(), d.currency())))
                .toList();
    }

    @POST
    @Path("programmes/{id}/settlements")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public SettlementView prepare(
            @PathParam("id") UUID programme,
            @NotNull(message = "Send {\"providerId\": ..., \"period\": \"2026-05\", \"evidence\": [\"INV-1\"]}.") @Valid
                    Batch b) {
        return view(settlements().prepare(programme, b.providerId(), b.period(), b.evidence(), caller.getName()));
    }

    /** A programme's settlements, optionally of one status, paged. */
    @GET
    @Path("programmes/{id}/settlements")
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public Page<SettlementView> settlements(
            @PathParam("id") UUID programme,
            @QueryParam("status") Settlement.Status status,
            @QueryParam("limit")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100, message = "must be at most 100")
                    int limit,
            @QueryParam("cursor")
                    @jakarta.validation.constraints.Pattern(
                            regexp = "[0-9a-f-]{36}",
                            message = "is not a cursor this API returned")
                    String cursor) {
        Page<Settlement> page = settlements().list(programme, status, limit, cursor);
        return new Page<>(page.items().stream().map(SettlementResource::view).toList(), page.nextCursor());
    }

    /** A provider's settlements in every programme, the latest prepared first: to its owner. */
    @GET
    @Path("providers/{id}/settlements")
    @Transactional
    @RolesAllowed(Roles.PROVIDER)
    public Page<SettlementView> ofProvider(
            @PathParam("id") UUID provider,
            @QueryParam("limit")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100, message = "must be at most 100")
                    int limit,
            @QueryParam("cursor") @Size(max = 100, message = "is not a cursor this API returned") String cursor) {
        backend.providers().actingFor(provider, caller.getName());
        Page<Settlement> page = Paging.page(settlements().ofProvider(provider), s -> s.id().toString(), limit, cursor);
        return new Page<>(page.items().stream().map(SettlementResource::view).toList(), page.nextCursor());
    }

    @GET
    @Path("settlements/{id}")
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public SettlementView settlement(@PathParam("id") UUID id) {
        return view(settlements().settlement(id));
    }

    @POST
    @Path("settlements/{id}/approval")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public SettlementView approve(@PathParam("id") UUID id) {
        return view(settlements().approve(id, caller.getName()));
    }

    @POST
    @Path("settlements/{id}/payment")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public SettlementView pay(
            @PathParam("id") UUID id,
            @NotNull(message = "Send {\"reference\": ...} of the bank transfer.") @Valid Payment p) {
        return view(settlements().pay(id, p.reference()));
    }

    /** The statement a spreadsheet opens: one line per redemption paid. */
    @GET
    @Path("settlements/{id}/statement")
    @Produces("text/csv")
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public Response statement(@PathParam("id") UUID id) {
        Settlements settlements = settlements();
        Settlement s = settlements.settlement(id);
        StringBuilder csv = new StringBuilder("hold,voucher,order,price,voucher_share,captured_at,currency\r\n");
        for (VoucherHold h : settlements.items(id)) {
            csv.append(h.id())
                    .append(',')
                    .append(h.voucherCode())
                    .append(',')
                    .append(quoted(h.orderReference()))
                    .append(',')
                    .append(h.price())
                    .append(',')
                    .append(h.voucherShare())
                    .append(',')
                    .append(h.capturedAt())
                    .append(',')
                    .append(s.currency())
                    .append("\r\n");
        }
        csv.append("total,,,,")
                .append(s.amount())
                .append(",,")
                .append(s.currency())
                .append("\r\n");
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"settlement-" + s.period().replace(':', '-') + "-" + s.providerId()
                                + ".csv\"")
                .build();
    }

    /** The statement a person reads or prints, in Chinese (the default) or English ({@code ?lang=en}). */
    @GET
    @Path("settlements/{id}/statement")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public Response printableStatement(
            @PathParam("id") UUID id,
            @QueryParam("lang")
                    @jakarta.validation.constraints.Pattern(regexp = "zh-CN|en", message = "must be zh-CN or en")
                    String lang,
            @Context HttpHeaders headers) {
        Settlements settlements = settlements();
        Settlement s = settlements.settlement(id);
        Locale locale = StatementPage.locale(lang, headers.getAcceptableLanguages());
        String html = new StatementPage(locale)
                .render(
                        s,
                        backend.vouchers().programme(s.programmeId()),
                        backend.providers().provider(s.providerId()),
                        settlements.items(id));
        return Response.ok(html, "text/html; charset=UTF-8")
                .header("Content-Language", locale.toLanguageTag())
                .build();
    }

    private static String quoted(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }

    private Settlements settlements() {
        return backend.settlements();
    }

    private static SettlementView view(Settlement s) {
        return new SettlementView(
                s.id(),
                s.programmeId(),
                s.providerId(),
                s.period(),
                Money.of(s.amount(), s.currency()),
                s.evidence(),
                s.status(),
                s.createdBy(),
                s.createdAt(),
                s.approvedBy(),
                s.approvedAt(),
                s.paymentReference(),
                s.paidAt());
    }
}
