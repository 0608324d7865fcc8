package org.transferhub.licensing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.transferhub.kernel.idempotency.Idempotent;
import org.transferhub.kernel.problem.Problem;
import org.transferhub.kernel.problem.ProblemException;
import org.transferhub.kernel.problem.ProblemType;
import org.transferhub.kernel.security.Roles;
import org.transferhub.licensing.application.LicensingRefused;
import org.transferhub.licensing.domain.catalogue.Offer;
import org.transferhub.licensing.domain.catalogue.Patent;
import org.transferhub.licensing.infrastructure.schedules.InstalledSchedules;
import org.transferhub.spi.Page;
import org.transferhub.spi.licensing.LicenceSummary.LicenceKind;
import org.transferhub.spi.money.Money;

/** The catalogue: the office (operators) adds patents and writes, consents and publishes offers; licensees browse. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    @Inject
    LicensingBackend backend;

    public record PatentDraft(
            @NotBlank @Size(max = 40) String number,
            @NotBlank @Size(max = 300) String title,
            @NotNull(message = "must be INVENTION, UTILITY_MODEL or DESIGN") Patent.Kind kind,
            @NotEmpty(message = "name at least one owner") @Size(max = 20)
                    List<
                                    @NotBlank @Size(max = 200)
                                    @Pattern(regexp = "[^\\n\\r]*", message = "must be one line") String>
                            owners,
            @NotNull LocalDate expiresOn,
            @NotBlank @Size(max = 200) String field,
            @JsonbProperty("abstract") @NotBlank @Size(max = 4000) String abstractText,
            @Size(max = 100) String evaluationReport,
            UUID voucherProviderId) {}

    public record ScheduleDraft(
            @NotBlank(message = "name an installed royalty schedule, e.g. net-sales") String type,
            Map<
                            @Pattern(regexp = "[a-z][a-z0-9.-]{0,40}", message = "is not a parameter name") String,
                            @NotNull @Size(max = 500) String>
                    parameters) {}

    public record OfferDraft(
            @NotNull(message = "must be OPEN_LICENCE or PAY_AFTER_USE") LicenceKind kind,
            @NotNull @Valid ScheduleDraft schedule,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CNY") String currency,
            @Valid Money annualMinimum,
            @Valid Money annualCap,
            @NotNull
                    @Min(value = 1, message = "must be at least 1 month")
                    @Max(value = 600, message = "must be at most 600 months")
                    Integer termMonths,
            @Min(value = 1, message = "must be at least 1 day")
                    @Max(value = 3650, message = "must be at most 3650 days")
                    Integer trialDays,
            @NotBlank @Size(max = 500) String fieldOfUse) {}

    public record ConsentDraft(@NotBlank @Size(max = 200) String owner) {}

    public record ScheduleType(String id, String base, String parameterHelp) {}

    @POST
    @Path("patents")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public Views.PatentView addPatent(
            @NotNull(message = "Send the patent: number, title, kind, owners, expiresOn, field, abstract.") @Valid
                    PatentDraft d) {
        if (d.owners().stream().distinct().count() != d.owners().size()) {
            throw invalid("body.owners", "names an owner twice", "Name each co-owner once.");
        }
        return Views.of(backend.catalogue()
                .addPatent(new Patent(
                        d.number(),
                        d.title(),
                        d.kind(),
                        d.owners(),
                        d.expiresOn(),
                        d.field(),
                        d.abstractText(),
                        d.evaluationReport(),
                        d.voucherProviderId(),
                        Clock.systemUTC().instant())));
    }

    /** Patents ordered by id. */
    @GET
    @Path("patents")
    @Transactional
    @RolesAllowed({Roles.OPERATOR, Roles.HOLDER})
    public Page<Views.PatentView> patents(
            @QueryParam("limit")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100, message = "must be at most 100")
                    int limit,
            @QueryParam("cursor") UUID cursor) {
        Page<Patent> page = backend.catalogue().patents(limit, cursor);
        return new Page<>(page.items().stream().map(Views::of).toList(), page.nextCursor());
    }

    @GET
    @Path("patents/{id}")
    @Transactional
    @RolesAllowed({Roles.OPERATOR, Roles.HOLDER})
    public Views.PatentView patent(@PathParam("id") UUID id) {
        return Views.of(backend.catalogue().patent(id));
    }

    /** A draft offer of the patent's standard terms. */
    @POST
    @Path("patents/{id}/offers")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public Views.OfferView offer(
            @PathParam("id") UUID id,
            @NotNull(message = "Send the terms: kind, schedule, currency, termMonths, fieldOfUse.") @Valid
                    OfferDraft d) {
        List<Problem.FieldError> wrong = new ArrayList<>();
        checkAmount("body.annualMinimum", d.annualMinimum(), d.currency(), wrong);
        checkAmount("body.annualCap", d.annualCap(), d.currency(), wrong);
        if (d.trialDays() != null && d.kind() != LicenceKind.PAY_AFTER_USE) {
            wrong.add(new Problem.FieldError("body.trialDays", "only a PAY_AFTER_USE offer has a trial"));
        }
        if (!wrong.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Correct the fields named below.", wrong);
        }
        Offer.Terms terms = new Offer.Terms(
                d.kind(),
                d.schedule().type(),
                d.schedule().parameters() == null ? Map.of() : d.schedule().parameters(),
                d.currency(),
                d.annualMinimum() == null ? null : d.annualMinimum().amount(),
                d.annualCap() == null ? null : d.annualCap().amount(),
                d.termMonths(),
                d.trialDays(),
                d.fieldOfUse());
        return Views.of(backend.catalogue().offer(id, terms));
    }

    /** Offers ordered by id: every offer for the office, the published ones for licensees. */
    @GET
    @Path("offers")
    @Transactional
    @RolesAllowed({Roles.OPERATOR, Roles.HOLDER})
    public Page<Views.OfferView> offers(
            @QueryParam("limit")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100, message = "must be at most 100")
                    int limit,
            @QueryParam("cursor") UUID cursor) {
        Page<Offer> page = backend.catalogue().offers(!backend.seesAll(), limit, cursor);
        return new Page<>(page.items().stream().map(Views::of).toList(), page.nextCursor());
    }

    /** An offer; a draft is the office's own, unknown to licensees. */
    @GET
    @Path("offers/{id}")
    @Transactional
    @RolesAllowed({Roles.OPERATOR, Roles.HOLDER})
    public Views.OfferView offer(@PathParam("id") UUID id) {
        Offer o = backend.catalogue().offer(id);
        if (!backend.seesAll() && o.status() != Offer.Status.PUBLISHED) {
            throw new LicensingRefused(LicensingRefused.Reason.UNKNOWN_OFFER, "There is no offer " + id + ".");
        }
        return Views.of(o);
    }

    @POST
    @Path("offers/{id}/consents")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public Views.OfferView consent(
            @PathParam("id") UUID id, @NotNull(message = "Send {\"owner\": ...}.") @Valid ConsentDraft d) {
        return Views.of(backend.catalogue().consent(id, d.owner()));
    }

    @POST
    @Path("offers/{id}/publication")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public Views.OfferView publish(@PathParam("id") UUID id) {
        return Views.of(backend.catalogue().publish(id));
    }

    /** The installed royalty schedules, ordered by id. */
    @GET
    @Path("royalty-schedules")
    @RolesAllowed({Roles.OPERATOR, Roles.HOLDER})
    public List<ScheduleType> schedules() {
        return InstalledSchedules.all().values().stream()
                .map(s -> new ScheduleType(s.id(), s.base().name(), s.parameterHelp()))
                .toList();
    }

    private static void checkAmount(String field, Money m, String currency, List<Problem.FieldError> wrong) {
        if (m == null) {
            return;
        }
        if (!m.currency().equals(currency)) {
            wrong.add(new Problem.FieldError(field, "must be in the offer's currency, " + currency));
        } else if (m.amount() < 1) {
            wrong.add(new Problem.FieldError(field, "must be at least 1"));
        }
    }

    static ProblemException invalid(String field, String message, String detail) {
        return new ProblemException(
                ProblemType.VALIDATION_FAILED, detail, List.of(new Problem.FieldError(field, message)));
    }
}
