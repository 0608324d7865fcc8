package org.transferhub.vouchers.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.transferhub.kernel.idempotency.Idempotent;
import org.transferhub.kernel.security.Roles;
import org.transferhub.spi.money.Money;
import org.transferhub.vouchers.application.Settlements;
import org.transferhub.vouchers.domain.settlement.Settlement;
import org.transferhub.vouchers.domain.voucher.VoucherHold;

/** Operators settle what providers are owed: prepare a month, a second operator approves, then payment is recorded. */
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
            @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month, e.g. 2026-05")
                    String period) {}

    public record Payment(@NotBlank @Size(max = 100) String reference) {}

    public record SettlementView(
            UUID id,
            UUID programmeId,
            UUID providerId,
            String period,
            Money amount,
            Settlement.Status status,
            String preparedBy,
            String approvedBy,
            Instant approvedAt,
            String paymentReference,
            Instant paidAt) {}

    @POST
    @Path("programmes/{id}/settlements")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public SettlementView prepare(
            @PathParam("id") UUID programme,
            @NotNull(message = "Send {\"providerId\": ..., \"period\": \"2026-05\"}.") @Valid Batch b) {
        return view(settlements().prepare(programme, b.providerId(), YearMonth.parse(b.period()), caller.getName()));
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

    /** The statement a person reads or a spreadsheet opens: one line per redemption paid. */
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
                        "attachment; filename=\"settlement-" + s.period() + "-" + s.providerId() + ".csv\"")
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
                s.status(),
                s.createdBy(),
                s.approvedBy(),
                s.approvedAt(),
                s.paymentReference(),
                s.paidAt());
    }
}
