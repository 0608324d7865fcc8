package org.transferhub.vouchers.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.transferhub.kernel.event.Outbox;
import org.transferhub.kernel.idempotency.Idempotent;
import org.transferhub.kernel.security.Roles;
import org.transferhub.spi.event.DealEvents;
import org.transferhub.spi.voucher.Hold;
import org.transferhub.spi.voucher.Quote;
import org.transferhub.spi.voucher.RedemptionRequest;
import org.transferhub.spi.voucher.VoucherBalance;
import org.transferhub.spi.voucher.VoucherService;
import org.transferhub.vouchers.application.VoucherRefused;

/** The SPI: providers (and plugins on their behalf) quote, hold, capture and void; holders read their balances. */
@Path("/")
@RequestScoped
public class VoucherResource implements VoucherService {

    @Inject
    VouchersBackend backend;

    @Inject
    JsonWebToken caller;

    @Inject
    Outbox outbox;

    @Override
    @Transactional
    @RolesAllowed({Roles.PROVIDER, Roles.HOLDER, Roles.SERVICE})
    public Quote quote(RedemptionRequest request) {
        return backend.vouchers().quote(request);
    }

    /** A holder sees only their own vouchers; another holder's code is answered as unknown. */
    @Override
    @Transactional
    @RolesAllowed({Roles.HOLDER, Roles.PROVIDER, Roles.OPERATOR, Roles.SERVICE})
    public VoucherBalance balance(String code) {
        var vouchers = backend.vouchers();
        boolean onlyHolder =
                caller.getGroups().contains(Roles.HOLDER) && caller.getGroups().size() == 1;
        if (onlyHolder && !vouchers.voucher(code, LockModeType.NONE).holder().equals(caller.getName())) {
            throw new VoucherRefused(VoucherRefused.Reason.UNKNOWN_VOUCHER, "There is no voucher " + code + ".");
        }
        return vouchers.balance(code);
    }

    @Override
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PROVIDER, Roles.SERVICE})
    public Hold hold(RedemptionRequest request) {
        return backend.vouchers().hold(request, actingUser());
    }

    @Override
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PROVIDER, Roles.SERVICE})
    public Hold capture(UUID holdId) {
        // The service is delivered and paid: a fact the talent registry credits to whoever runs the provider.
        return recorded(DealEvents.SERVICE_DELIVERED, backend.vouchers().capture(holdId, actingUser()));
    }

    @Override
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PROVIDER, Roles.SERVICE})
    public Hold voidHold(UUID holdId) {
        return backend.vouchers().voidHold(holdId, actingUser());
    }

    /** Why an operator reverses a capture. */
    public record Reversal(@NotBlank @Size(max = 1000) String reason) {}

    /** An operator's correction of a captured, unsettled redemption: the share goes back, the reason is kept. */
    @POST
    @Path("holds/{id}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public Hold reverse(
            @PathParam("id") UUID holdId,
            @NotNull(message = "Send {\"reason\": ...} for the correction.") @Valid Reversal r) {
        return recorded(DealEvents.SERVICE_REVERSED, backend.vouchers().reverse(holdId, r.reason(), caller.getName()));
    }

    /** Records what happened to a hold in the outbox, in the transaction that made it happen. */
    private Hold recorded(String type, Hold h) {
        outbox.record(
                type,
                DealEvents.user(backend.providers().provider(h.providerId()).owner()),
                Map.of(
                        "providerId", h.providerId().toString(),
                        "holdId", h.id().toString(),
                        "amount", Long.toString(h.voucherShare().amount()),
                        "currency", h.voucherShare().currency()));
        return h;
    }

    /** A provider's staff act for their own provider only; a plugin (service role) acts on its own behalf. */
    private String actingUser() {
        return caller.getGroups().contains(Roles.SERVICE) ? null : caller.getName();
    }
}
