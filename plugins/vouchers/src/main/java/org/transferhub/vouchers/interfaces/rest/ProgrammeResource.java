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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.transferhub.kernel.idempotency.Idempotent;
import org.transferhub.kernel.problem.ProblemException;
import org.transferhub.kernel.problem.ProblemType;
import org.transferhub.kernel.security.Roles;
import org.transferhub.spi.Page;
import org.transferhub.spi.money.Money;
import org.transferhub.vouchers.application.LedgerAudit;
import org.transferhub.vouchers.application.Paging;
import org.transferhub.vouchers.application.Signals;
import org.transferhub.vouchers.application.VoucherRefused;
import org.transferhub.vouchers.domain.programme.Programme;
import org.transferhub.vouchers.domain.voucher.Voucher;
import org.transferhub.vouchers.infrastructure.eligibility.InstalledRules;

/**
 * For operators: programmes funded from a budget, vouchers granted from them (until applications
 * and their review arrive), and the ledger audit.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    @Inject
    VouchersBackend backend;

    @Inject
    InstalledRules installed;

    /** A programme to create: its budget, the share of a price its vouchers pay, the cap per voucher, its period. */
    public record ProgrammeDraft(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String sponsor,
            @NotNull @Valid Money budget,
            @Min(value = 1, message = "must be at least 1 (0.01%)")
                    @Max(value = 10_000, message = "must be at most 10000 (100%)")
                    int subsidyBasisPoints,
            @NotNull @Valid Money capPerVoucher,
            @Valid Money capPerHolderPerYear,
            Map<String, String> criteria,
            Programme.Allocation allocation,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn) {}

    /** A programme as operators see it, with what it has left to issue. */
    public record ProgrammeView(
            UUID id,
            String name,
            String sponsor,
            Money budget,
            Money unissued,
            int subsidyBasisPoints,
            Money capPerVoucher,
            Money capPerHolderPerYear,
            Map<String, String> criteria,
            Programme.Allocation allocation,
            LocalDate startsOn,
            LocalDate endsOn) {}

    /** A voucher to grant to a holder. */
    public record Grant(
            @NotBlank @Size(max = 100) String holder,
            @NotNull @Valid Money amount,
            @NotNull LocalDate useBy,
            @NotNull LocalDate redeemBy) {}

    /** A granted voucher. */
    public record VoucherView(
            String code, UUID programmeId, String holder, Money amount, LocalDate useBy, LocalDate redeemBy) {}

    @POST
    @Path("programmes")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public ProgrammeView create(@NotNull(message = "Send the programme as JSON.") @Valid ProgrammeDraft d) {
        if (!d.budget().currency().equals(d.capPerVoucher().currency())) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, "The budget and the cap per voucher are in one currency.");
        }
        String regionCurrency = backend.currency();
        if (!d.budget().currency().equals(regionCurrency)) {
            throw new VoucherRefused(
                    VoucherRefused.Reason.CURRENCY_MISMATCH,
                    "This region's programmes are in " + regionCurrency + " (transferhub.vouchers.currency), not "
                            + d.budget().currency() + ".");
        }
        if (d.budget().amount() <= 0
                || d.capPerVoucher().amount() <= 0
                || d.endsOn().isBefore(d.startsOn())) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "The budget and the cap per voucher are positive, and the programme ends on or after it starts.");
        }
        Map<String, String> criteria = d.criteria() == null ? Map.of() : d.criteria();
        ApplicationResource.requireValid(installed, criteria);
        var vouchers = backend.vouchers();
        Programme p = vouchers.fund(withHolderCap(
                d,
                new Programme(
                                d.name(),
                                d.sponsor(),
                                d.budget().amount(),
                                d.budget().currency(),
                                d.subsidyBasisPoints(),
                                d.capPerVoucher().amount(),
                                d.startsOn(),
                                d.endsOn())
                        .criteria(criteria)
                        .allocation(d.allocation() == null ? Programme.Allocation.FIRST_COME : d.allocation())));
        return view(p, vouchers.unissued(p.id()));
    }

    /** A programme as holders and providers see it: what it pays and for whom, not its budget. */
    public record OpenProgramme(
            UUID id,
            String name,
            String sponsor,
            int subsidyBasisPoints,
            Money capPerVoucher,
            Money capPerHolderPerYear,
            Map<String, String> criteria,
            Programme.Allocation allocation,
            LocalDate startsOn,
            LocalDate endsOn) {}

    /** Every programme with its budget and what it has left to issue, the latest to start first. */
    @GET
    @Path("programmes")
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public Page<ProgrammeView> programmes(
            @QueryParam("limit")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100, message = "must be at most 100")
                    int limit,
            @QueryParam("cursor") @Size(max = 100, message = "is not a cursor this API returned") String cursor) {
        var vouchers = backend.vouchers();
        Page<Programme> page = Paging.page(vouchers.programmes(), p -> p.id().toString(), limit, cursor);
        return new Page<>(
                page.items().stream()
                        .map(p -> view(p, vouchers.unissued(p.id())))
                        .toList(),
                page.nextCursor());
    }

    /** The programmes open today, for holders to apply to and providers to join. */
    @GET
    @Path("programmes/open")
    @Transactional
    @RolesAllowed({Roles.HOLDER, Roles.PROVIDER, Roles.OPERATOR})
    public Page<OpenProgramme> open(
            @QueryParam("limit")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100, message = "must be at most 100")
                    int limit,
            @QueryParam("cursor") @Size(max = 100, message = "is not a cursor this API returned") String cursor) {
        Page<Programme> page = Paging.page(
                backend.vouchers().openProgrammes(LocalDate.now(ZoneOffset.UTC)),
                p -> p.id().toString(),
                limit,
                cursor);
        return new Page<>(
                page.items().stream()
                        .map(p -> new OpenProgramme(
                                p.id(),
                                p.name(),
                                p.sponsor(),
                                p.subsidyBasisPoints(),
                                Money.of(p.capPerVoucher(), p.currency()),
                                p.capPerHolderPerYear().isPresent()
                                        ? Money.of(p.capPerHolderPerYear().getAsLong(), p.currency())
                                        : null,
                                p.criteria(),
                                p.allocation(),
                                p.startsOn(),
                                p.endsOn()))
                        .toList(),
                page.nextCursor());
    }

    @GET
    @Path("programmes/{id}")
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public ProgrammeView programme(@PathParam("id") UUID id) {
        var vouchers = backend.vouchers();
        return view(vouchers.programme(id), vouchers.unissued(id));
    }

    @POST
    @Path("programmes/{id}/vouchers")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public VoucherView grant(@PathParam("id") UUID id, @NotNull(message = "Send the grant as JSON.") @Valid Grant g) {
        var vouchers = backend.vouchers();
        Programme p = vouchers.programme(id);
        if (!g.amount().currency().equals(p.currency())) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, "This programme's vouchers are in " + p.currency() + ".");
        }
        Voucher v = vouchers.issue(id, g.holder(), g.amount().amount(), g.useBy(), g.redeemBy());
        return new VoucherView(v.code(), id, g.holder(), g.amount(), v.useBy(), v.redeemBy());
    }

    /** Burn per month, projected exhaustion and flagged redemptions of a programme. */
    @GET
    @Path("programmes/{id}/signals")
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public Signals.Report signals(@PathParam("id") UUID id) {
        return backend.signals().report(id);
    }

    /** The conservation check over the whole ledger. */
    @GET
    @Path("audit")
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public LedgerAudit.Result audit() {
        return backend.audit().check();
    }

    private static Programme withHolderCap(ProgrammeDraft d, Programme p) {
        if (d.capPerHolderPerYear() == null) {
            return p;
        }
        if (!d.capPerHolderPerYear().currency().equals(p.currency())
                || d.capPerHolderPerYear().amount() <= 0) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "The cap per holder per year is a positive amount in the budget's currency.");
        }
        return p.capPerHolderPerYear(d.capPerHolderPerYear().amount());
    }

    private static ProgrammeView view(Programme p, long unissued) {
        return new ProgrammeView(
                p.id(),
                p.name(),
                p.sponsor(),
                Money.of(p.budget(), p.currency()),
                Money.of(unissued, p.currency()),
                p.subsidyBasisPoints(),
                Money.of(p.capPerVoucher(), p.currency()),
                p.capPerHolderPerYear().isPresent()
                        ? Money.of(p.capPerHolderPerYear().getAsLong(), p.currency())
                        : null,
                p.criteria(),
                p.allocation(),
                p.startsOn(),
                p.endsOn());
    }
}
