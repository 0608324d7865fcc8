package org.transferhub.vouchers.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.transferhub.kernel.idempotency.Idempotent;
import org.transferhub.kernel.problem.ProblemException;
import org.transferhub.kernel.problem.ProblemType;
import org.transferhub.kernel.security.Roles;
import org.transferhub.spi.Page;
import org.transferhub.spi.money.Money;
import org.transferhub.spi.voucher.Hold;
import org.transferhub.vouchers.application.Paging;
import org.transferhub.vouchers.application.Providers;
import org.transferhub.vouchers.domain.provider.Membership;
import org.transferhub.vouchers.domain.provider.Provider;
import org.transferhub.vouchers.domain.provider.ServiceItem;

/** Providers register and apply to programmes; operators decide; providers publish service items. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProviderResource {

    @Inject
    VouchersBackend backend;

    @Inject
    JsonWebToken caller;

    public record ProviderDraft(@NotBlank @Size(max = 200) String name) {}

    public record ProviderView(UUID id, String name, String owner) {}

    public record Application(@NotNull UUID programmeId) {}

    public record Decision(
            @NotNull(message = "must say true or false") Boolean accept, @Size(max = 1000) String reason) {}

    public record MembershipView(
            UUID providerId,
            UUID programmeId,
            Membership.Status status,
            String reason,
            String decidedBy,
            Instant decidedAt) {}

    public record ItemDraft(@NotBlank @Size(max = 200) String name, @NotNull @Valid Money price) {}

    public record ItemView(UUID id, String name, Money price) {}

    @POST
    @Path("providers")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.PROVIDER)
    public ProviderView register(@NotNull(message = "Send {\"name\": ...}.") @Valid ProviderDraft d) {
        return view(providers().register(d.name(), caller.getName()));
    }

    @GET
    @Path("providers/{id}")
    @Transactional
    @RolesAllowed({Roles.PROVIDER, Roles.HOLDER, Roles.OPERATOR, Roles.SERVICE})
    public ProviderView provider(@PathParam("id") UUID id) {
        return view(providers().provider(id));
    }

    @POST
    @Path("providers/{id}/memberships")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.PROVIDER)
    public MembershipView apply(
            @PathParam("id") UUID id, @NotNull(message = "Send {\"programmeId\": ...}.") @Valid Application a) {
        return view(providers().apply(id, a.programmeId(), caller.getName()));
    }

    /** An operator admits a provider to a programme, or rejects it with a reason. */
    @POST
    @Path("programmes/{programme}/memberships/{provider}/decision")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public MembershipView decide(
            @PathParam("programme") UUID programme,
            @PathParam("provider") UUID provider,
            @NotNull(message = "Send {\"accept\": true} or {\"accept\": false, \"reason\": ...}.") @Valid Decision d) {
        if (!d.accept() && (d.reason() == null || d.reason().isBlank())) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "A rejection says why: send a reason the provider can act on.",
                    java.util.List.of(new org.transferhub.kernel.problem.Problem.FieldError(
                            "body.reason", "is required to reject")));
        }
        return view(providers().decide(programme, provider, d.accept(), d.reason(), caller.getName()));
    }

    @POST
    @Path("providers/{id}/items")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.PROVIDER)
    public ItemView addItem(
            @PathParam("id") UUID id, @NotNull(message = "Send {\"name\": ..., \"price\": ...}.") @Valid ItemDraft d) {
        return view(providers().addItem(id, d.name(), d.price(), caller.getName()));
    }

    /** A provider's service items ordered by id. */
    @GET
    @Path("providers/{id}/items")
    @Transactional
    @RolesAllowed({Roles.PROVIDER, Roles.HOLDER, Roles.OPERATOR, Roles.SERVICE})
    public Page<ItemView> items(
            @PathParam("id") UUID id,
            @QueryParam("limit")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100, message = "must be at most 100")
                    int limit,
            @QueryParam("cursor") UUID cursor) {
        Page<ServiceItem> page = providers().items(id, limit, cursor);
        return new Page<>(page.items().stream().map(ProviderResource::view).toList(), page.nextCursor());
    }

    /** The providers the caller owns (acts for), by name. */
    @GET
    @Path("providers/mine")
    @Transactional
    @RolesAllowed(Roles.PROVIDER)
    public Page<ProviderView> mine(
            @QueryParam("limit")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100, message = "must be at most 100")
                    int limit,
            @QueryParam("cursor") @Size(max = 100, message = "is not a cursor this API returned") String cursor) {
        Page<Provider> page = Paging.page(providers().ownedBy(caller.getName()), p -> p.id().toString(), limit, cursor);
        return new Page<>(page.items().stream().map(ProviderResource::view).toList(), page.nextCursor());
    }

    /** The programmes a provider applied to, and where each application stands: to its owner. */
    @GET
    @Path("providers/{id}/memberships")
    @Transactional
    @RolesAllowed(Roles.PROVIDER)
    public Page<MembershipView> memberships(
            @PathParam("id") UUID id,
            @QueryParam("limit")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100, message = "must be at most 100")
                    int limit,
            @QueryParam("cursor") @Size(max = 100, message = "is not a cursor this API returned") String cursor) {
        providers().actingFor(id, caller.getName());
        Page<Membership> page =
                Paging.page(providers().memberships(id), m -> m.programmeId().toString(), limit, cursor);
        return new Page<>(page.items().stream().map(ProviderResource::view).toList(), page.nextCursor());
    }

    /** The providers that applied to a programme, optionally of one status, for operators to decide. */
    @GET
    @Path("programmes/{id}/memberships")
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public Page<MembershipView> programmeMemberships(
            @PathParam("id") UUID programme,
            @QueryParam("status") Membership.Status status,
            @QueryParam("limit")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100, message = "must be at most 100")
                    int limit,
            @QueryParam("cursor") @Size(max = 100, message = "is not a cursor this API returned") String cursor) {
        Page<Membership> page = Paging.page(
                providers().membershipsOf(programme, status),
                m -> m.providerId().toString(),
                limit,
                cursor);
        return new Page<>(page.items().stream().map(ProviderResource::view).toList(), page.nextCursor());
    }

    /** A provider's redemptions (holds), optionally of one status, newest first: to its owner. */
    @GET
    @Path("providers/{id}/redemptions")
    @Transactional
    @RolesAllowed(Roles.PROVIDER)
    public Page<HoldLine> redemptions(
            @PathParam("id") UUID id,
            @QueryParam("status") Hold.HoldStatus status,
            @QueryParam("limit")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100, message = "must be at most 100")
                    int limit,
            @QueryParam("cursor") @Size(max = 100, message = "is not a cursor this API returned") String cursor) {
        Provider p = providers().actingFor(id, caller.getName());
        String currency = backend.currency();
        var page = Paging.page(backend.vouchers().holdsBy(id, status), h -> h.id().toString(), limit, cursor);
        return new Page<>(
                page.items().stream()
                        .map(h -> HoldLine.of(h, currency, p.name()))
                        .toList(),
                page.nextCursor());
    }

    private Providers providers() {
        return backend.providers();
    }

    private static ProviderView view(Provider p) {
        return new ProviderView(p.id(), p.name(), p.owner());
    }

    private static MembershipView view(Membership m) {
        return new MembershipView(
                m.providerId(), m.programmeId(), m.status(), m.reason(), m.decidedBy(), m.decidedAt());
    }

    private static ItemView view(ServiceItem i) {
        return new ItemView(i.id(), i.name(), i.price());
    }
}
