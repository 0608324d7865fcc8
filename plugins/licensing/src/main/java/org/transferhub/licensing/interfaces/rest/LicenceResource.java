package org.transferhub.licensing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.transferhub.kernel.directory.Services;
import org.transferhub.kernel.event.Outbox;
import org.transferhub.kernel.idempotency.Idempotent;
import org.transferhub.kernel.problem.ProblemException;
import org.transferhub.kernel.security.Roles;
import org.transferhub.licensing.application.LicensingRefused;
import org.transferhub.licensing.domain.catalogue.Offer;
import org.transferhub.licensing.domain.licence.Licence;
import org.transferhub.spi.Page;
import org.transferhub.spi.event.DealEvents;
import org.transferhub.spi.licensing.LicenceSummary;
import org.transferhub.spi.licensing.LicensingService;
import org.transferhub.spi.talent.ManagerProfile;
import org.transferhub.spi.talent.TalentRegistry;

/**
 * The SPI and the life of a licence: licensees (holders) take up published offers and decide
 * their trials; the office (operators) records the contracts. A licensee sees only their own
 * licences; another's is answered as unknown.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LicenceResource implements LicensingService {

    @Inject
    LicensingBackend backend;

    @PersistenceContext(unitName = "licensing")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Services services;

    public record TakeUp(UUID brokerId) {}

    public record TrialReportDraft(
            @NotBlank @Size(max = 2000) String usage,
            @NotBlank @Size(max = 2000) String performance,
            @NotNull @Min(value = 0, message = "must be 0 or more") Long units) {}

    public record Recordation(@NotNull LocalDate recordedOn, @NotBlank @Size(max = 60) String recordNumber) {}

    @Override
    @Transactional
    @RolesAllowed({Roles.OPERATOR, Roles.HOLDER, Roles.SERVICE})
    public LicenceSummary licence(UUID id) {
        return own(id).summary();
    }

    /** The licensee accepts the offer's published terms: a licence at once, non-exclusive. */
    @POST
    @Path("offers/{id}/licences")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.HOLDER)
    public Views.LicenceView takeUp(@PathParam("id") UUID offerId, @Valid TakeUp t) {
        UUID broker = t == null ? null : t.brokerId();
        if (broker != null) {
            requireCertified(broker);
        }
        Licence l = backend.licences().takeUp(offerId, backend.callerName(), broker);
        if (broker != null) {
            // A deal the brokering technology manager is credited for in the talent registry.
            outbox.record(
                    DealEvents.LICENCE_TAKEN_UP,
                    DealEvents.manager(broker),
                    Map.of("licenceId", l.id().toString(), "patent", l.patentNumber()));
        }
        return view(l);
    }

    /** The broker is a certified manager of the region's talent registry (asked through its SPI). */
    private void requireCertified(UUID broker) {
        ManagerProfile m;
        try {
            m = services.require(TalentRegistry.class).manager(broker);
        } catch (ProblemException e) {
            if (e.type().status() != 404) {
                throw e; // no registry in the region, or it does not answer: said as such
            }
            m = null;
        }
        if (m == null || !m.certified()) {
            throw new LicensingRefused(
                    LicensingRefused.Reason.UNKNOWN_BROKER,
                    "brokerId " + broker + " is not a certified technology manager of this region's registry.");
        }
    }

    /** Licences ordered by id: the caller's own, or every one for the office. */
    @GET
    @Path("licences")
    @Transactional
    @RolesAllowed({Roles.OPERATOR, Roles.HOLDER})
    public Page<Views.LicenceView> licences(
            @QueryParam("limit")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100, message = "must be at most 100")
                    int limit,
            @QueryParam("cursor") UUID cursor) {
        Page<Licence> page = backend.licences().licences(backend.callerName(), backend.seesAll(), limit, cursor);
        return new Page<>(page.items().stream().map(this::view).toList(), page.nextCursor());
    }

    /** A licence with its terms, trial and recordation. */
    @GET
    @Path("licences/{id}/details")
    @Transactional
    @RolesAllowed({Roles.OPERATOR, Roles.HOLDER})
    public Views.LicenceView details(@PathParam("id") UUID id) {
        return view(own(id));
    }

    @POST
    @Path("licences/{id}/trial-reports")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.HOLDER)
    public Views.TrialReportView reportTrial(
            @PathParam("id") UUID id,
            @NotNull(message = "Send {\"usage\": ..., \"performance\": ..., \"units\": ...}.") @Valid
                    TrialReportDraft d) {
        return Views.of(
                backend.licences().reportTrial(id, backend.callerName(), d.usage(), d.performance(), d.units()));
    }

    @GET
    @Path("licences/{id}/trial-reports")
    @Transactional
    @RolesAllowed({Roles.OPERATOR, Roles.HOLDER})
    public List<Views.TrialReportView> trialReports(@PathParam("id") UUID id) {
        return backend.licences().trialReports(id, backend.callerName(), backend.seesAll()).stream()
                .map(Views::of)
                .toList();
    }

    /** The licensee converts the trial: royalties start today. */
    @POST
    @Path("licences/{id}/conversion")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.HOLDER)
    public Views.LicenceView convert(@PathParam("id") UUID id) {
        return view(backend.licences().convert(id, backend.callerName()));
    }

    /** The licensee walks away from the trial: the licence ends, nothing is owed. */
    @POST
    @Path("licences/{id}/walk-away")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.HOLDER)
    public Views.LicenceView walkAway(@PathParam("id") UUID id) {
        return view(backend.licences().walkAway(id, backend.callerName()));
    }

    /** The office records the licence contract (备案). */
    @POST
    @Path("licences/{id}/recordation")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public Views.LicenceView record(
            @PathParam("id") UUID id,
            @NotNull(message = "Send {\"recordedOn\": ..., \"recordNumber\": ...}.") @Valid Recordation r) {
        return view(backend.licences().record(id, r.recordedOn(), r.recordNumber()));
    }

    private Licence own(UUID id) {
        return backend.licences().licence(id, backend.callerName(), backend.seesAll());
    }

    private Views.LicenceView view(Licence l) {
        return Views.of(l, em.find(Offer.class, l.offerId()));
    }
}
