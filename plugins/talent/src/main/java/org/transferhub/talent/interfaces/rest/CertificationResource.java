package org.transferhub.talent.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.transferhub.kernel.idempotency.Idempotent;
import org.transferhub.kernel.security.Roles;
import org.transferhub.spi.Page;
import org.transferhub.spi.talent.ManagerLevel;
import org.transferhub.talent.domain.certification.Certification;

/** Managers apply to be certified or to renew, with evidence; operators verify and decide with a reason. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificationResource {

    @Inject
    TalentBackend backend;

    @Inject
    JsonWebToken caller;

    /**
     * @param level the level applied for (a renewal keeps the current one)
     * @param hours training hours for a certification, continuing-education credits for a renewal
     */
    public record CertificationRequest(
            @NotNull Certification.Kind kind,
            ManagerLevel level,
            @Min(0) @Max(10_000) int hours,
            @NotEmpty(message = "must name the certificates or records shown") @Size(max = 20)
                    List<
                                    @NotBlank @Size(max = 200)
                                    @Pattern(regexp = "[^\\r\\n]*", message = "must be one line") String>
                            evidence) {

        @AssertTrue(message = "a certification names the level applied for")
        public boolean isLevelGivenForCertification() {
            return kind != Certification.Kind.CERTIFICATION || level != null;
        }
    }

    public record Decision(@NotNull Boolean approve, @Size(max = 1000) String reason) {

        @AssertTrue(message = "a rejection gives its reason")
        public boolean isReasonGivenForRejection() {
            return !Boolean.FALSE.equals(approve) || reason != null && !reason.isBlank();
        }
    }

    public record CertificationView(
            UUID id,
            UUID managerId,
            Certification.Kind kind,
            ManagerLevel level,
            int hours,
            List<String> evidence,
            Certification.Status status,
            String reason,
            String decidedBy,
            Instant decidedAt,
            Instant createdAt) {}

    @POST
    @Path("managers/{id}/certifications")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public CertificationView apply(
            @PathParam("id") UUID manager,
            @NotNull(
                            message =
                                    "Send {\"kind\": \"CERTIFICATION\", \"level\": \"JUNIOR\", \"hours\": 48, \"evidence\": [...]}.")
                    @Valid
                    CertificationRequest r) {
        return view(backend.certifications()
                .apply(manager, r.kind(), r.level(), r.hours(), r.evidence(), caller.getName()));
    }

    /** Applications awaiting verification (or of another status), paged. */
    @GET
    @Path("certifications")
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public Page<CertificationView> applications(
            @QueryParam("status") @DefaultValue("SUBMITTED") Certification.Status status,
            @QueryParam("limit")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100, message = "must be at most 100")
                    int limit,
            @QueryParam("cursor") @Pattern(regexp = "[0-9a-f-]{36}", message = "is not a cursor this API returned")
                    String cursor) {
        Page<Certification> page = backend.certifications().list(status, limit, cursor);
        return new Page<>(page.items().stream().map(CertificationResource::view).toList(), page.nextCursor());
    }

    /** One manager's applications and their decisions, newest first: for the manager themselves and operators. */
    @GET
    @Path("managers/{id}/certifications")
    @Transactional
    @RolesAllowed({Roles.MANAGER, Roles.OPERATOR})
    public Page<CertificationView> applicationsOf(
            @PathParam("id") UUID manager,
            @QueryParam("limit")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100, message = "must be at most 100")
                    int limit,
            @QueryParam("cursor") @Pattern(regexp = "[0-9]{1,6}", message = "is not a cursor this API returned")
                    String cursor) {
        backend.registry()
                .readableBy(manager, caller.getName(), caller.getGroups().contains(Roles.OPERATOR));
        Page<Certification> page = backend.certifications().of(manager, limit, cursor);
        return new Page<>(page.items().stream().map(CertificationResource::view).toList(), page.nextCursor());
    }

    @POST
    @Path("certifications/{id}/decision")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public CertificationView decide(
            @PathParam("id") UUID id,
            @NotNull(message = "Send {\"approve\": true} or {\"approve\": false, \"reason\": ...}.") @Valid
                    Decision d) {
        return view(backend.certifications().decide(id, d.approve(), d.reason(), caller.getName()));
    }

    private static CertificationView view(Certification c) {
        return new CertificationView(
                c.id(),
                c.managerId(),
                c.kind(),
                c.level(),
                c.hours(),
                c.evidence(),
                c.status(),
                c.reason(),
                c.decidedBy(),
                c.decidedAt(),
                c.createdAt());
    }
}
