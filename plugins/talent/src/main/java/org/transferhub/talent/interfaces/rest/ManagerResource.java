package org.transferhub.talent.interfaces.rest;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.transferhub.kernel.idempotency.Idempotent;
import org.transferhub.kernel.security.Roles;
import org.transferhub.spi.Page;
import org.transferhub.spi.field.TechnologyField;
import org.transferhub.spi.talent.Assignment;
import org.transferhub.spi.talent.AssignmentRequest;
import org.transferhub.spi.talent.ManagerLevel;
import org.transferhub.spi.talent.ManagerProfile;
import org.transferhub.spi.talent.TalentRegistry;
import org.transferhub.talent.application.Registry;
import org.transferhub.talent.application.TrackRecords;
import org.transferhub.talent.domain.assignment.ManagerAssignment;
import org.transferhub.talent.domain.manager.AffiliationKind;
import org.transferhub.talent.domain.manager.Manager;
import org.transferhub.talent.domain.manager.ManagerStatus;

/**
 * Profiles, search, suspension, track records and the SPI. Public profiles go to anyone signed in;
 * the private one (phone, identity number, status) only to the manager themselves and operators.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ManagerResource implements TalentRegistry {

    static final String FIELD = TechnologyField.MUST_BE;

    @Inject
    TalentBackend backend;

    @Inject
    JsonWebToken caller;

    /** A manager's registration of their own profile. */
    public record Registration(
            @NotBlank @Size(max = 100) String displayName,
            @NotBlank @Size(max = 200) String affiliation,
            @NotNull AffiliationKind affiliationKind,
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{0,30}", message = "must be a region id") String region,
            @NotEmpty @Size(max = 8)
                    List<@NotNull @Pattern(regexp = TechnologyField.PATTERN, message = FIELD) String> fields,
            @NotEmpty @Size(max = 8)
                    List<
                                    @NotNull
                                    @Pattern(
                                            regexp = "[a-z]{2}(-[A-Z]{2})?",
                                            message = "must be a language tag, e.g. zh or en")
                                    String>
                            languages,
            @Min(1) @Max(50) int capacity,
            @NotBlank @Pattern(regexp = "\\+?[0-9 -]{5,20}", message = "must be a phone number") String phone,
            @NotBlank @Pattern(regexp = "[0-9A-Za-z]{6,30}", message = "must be an identity number") String idNumber) {}

    /** The private profile: for the manager and operators only. */
    public record ManagerDetails(
            ManagerProfile profile,
            String username,
            AffiliationKind affiliationKind,
            int capacity,
            long openAssignments,
            String phone,
            String idNumber,
            ManagerStatus status,
            LocalDate certifiedUntil,
            String statusReason) {}

    /** A manager's assignment to a project; {@code releasedAt} absent while it is open. */
    public record AssignmentView(
            UUID id, UUID projectId, String institution, String field, Instant assignedAt, Instant releasedAt) {}

    public record Availability(@NotNull Boolean available) {}

    public record Reason(@NotBlank @Size(max = 1000) String reason) {}

    @POST
    @Path("managers")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public ManagerDetails register(@NotNull(message = "Send the profile as JSON.") @Valid Registration r) {
        return details(backend.registry()
                .register(
                        caller.getName(),
                        r.displayName(),
                        r.affiliation(),
                        r.affiliationKind(),
                        r.region(),
                        r.fields(),
                        r.languages(),
                        r.capacity(),
                        r.phone(),
                        r.idNumber()));
    }

    /** Certified managers matching the criteria, ranked by the fields they cover and their track record. */
    @GET
    @Path("managers")
    @Transactional
    @RolesAllowed({Roles.OPERATOR, Roles.HOLDER, Roles.PROVIDER, Roles.REVIEWER, Roles.MANAGER, Roles.SERVICE})
    public Page<ManagerProfile> search(
            @QueryParam("field") List<@Pattern(regexp = TechnologyField.PATTERN, message = FIELD) String> fields,
            @QueryParam("region") @Size(max = 31) String region,
            @QueryParam("level") ManagerLevel level,
            @QueryParam("language") @Size(max = 5) String language,
            @QueryParam("available") Boolean available,
            @QueryParam("limit")
                    @DefaultValue("20")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100, message = "must be at most 100")
                    int limit,
            @QueryParam("cursor") @Pattern(regexp = "[0-9]{1,6}", message = "is not a cursor this API returned")
                    String cursor) {
        TrackRecords records = backend.records();
        Map<UUID, Integer> points = records.points();
        Page<Registry.Match> page = backend.registry()
                .search(new Registry.Search(fields, region, level, language, available), points, limit, cursor);
        return new Page<>(
                page.items().stream()
                        .map(m -> backend.profile(m.manager(), m.points()))
                        .toList(),
                page.nextCursor());
    }

    @Override
    @Transactional
    @RolesAllowed({Roles.OPERATOR, Roles.HOLDER, Roles.PROVIDER, Roles.REVIEWER, Roles.MANAGER, Roles.SERVICE})
    public ManagerProfile manager(UUID id) {
        return backend.profile(id);
    }

    @GET
    @Path("managers/{id}/private")
    @Transactional
    @RolesAllowed({Roles.MANAGER, Roles.OPERATOR})
    public ManagerDetails privateProfile(@PathParam("id") UUID id) {
        return details(readable(id));
    }

    /** The caller's own private profile: how a manager finds their profile without knowing its id. */
    @GET
    @Path("managers/mine")
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public ManagerDetails mine() {
        return details(backend.registry().mine(caller.getName()));
    }

    /** A manager's assignments to projects, open ones first; {@code open} narrows to open or released ones. */
    @GET
    @Path("managers/{id}/assignments")
    @Transactional
    @RolesAllowed({Roles.MANAGER, Roles.OPERATOR})
    public Page<AssignmentView> assignments(
            @PathParam("id") UUID id,
            @QueryParam("open") Boolean open,
            @QueryParam("limit")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100, message = "must be at most 100")
                    int limit,
            @QueryParam("cursor") @Pattern(regexp = "[0-9]{1,6}", message = "is not a cursor this API returned")
                    String cursor) {
        Manager m = readable(id);
        Page<ManagerAssignment> page = backend.assignments().of(m.id(), open, limit, cursor);
        return new Page<>(page.items().stream().map(ManagerResource::view).toList(), page.nextCursor());
    }

    /**
     * The whole registry for operators: managers of every status (or of one), certified or not,
     * with their private profiles, matching every criterion given; by name.
     */
    @GET
    @Path("registry")
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public Page<ManagerDetails> registry(
            @QueryParam("status") ManagerStatus status,
            @QueryParam("field") List<@Pattern(regexp = TechnologyField.PATTERN, message = FIELD) String> fields,
            @QueryParam("region") @Size(max = 31) String region,
            @QueryParam("level") ManagerLevel level,
            @QueryParam("language") @Size(max = 5) String language,
            @QueryParam("available") Boolean available,
            @QueryParam("limit")
                    @DefaultValue("20")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100, message = "must be at most 100")
                    int limit,
            @QueryParam("cursor") @Pattern(regexp = "[0-9]{1,6}", message = "is not a cursor this API returned")
                    String cursor) {
        Page<Manager> page = backend.registry()
                .all(new Registry.Search(fields, region, level, language, available), status, limit, cursor);
        return new Page<>(page.items().stream().map(this::details).toList(), page.nextCursor());
    }

    @POST
    @Path("managers/{id}/availability")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public ManagerDetails availability(
            @PathParam("id") UUID id,
            @NotNull(message = "Send {\"available\": true or false}.") @Valid Availability a) {
        Manager m = backend.registry().own(id, caller.getName());
        m.available(a.available());
        return details(m);
    }

    @POST
    @Path("managers/{id}/suspension")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public ManagerDetails suspend(
            @PathParam("id") UUID id, @NotNull(message = "Send {\"reason\": ...}.") @Valid Reason r) {
        return details(backend.registry().suspend(id, r.reason()));
    }

    @POST
    @Path("managers/{id}/reinstatement")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public ManagerDetails reinstate(
            @PathParam("id") UUID id, @NotNull(message = "Send {\"reason\": ...}.") @Valid Reason r) {
        return details(backend.registry().reinstate(id, r.reason()));
    }

    /** The grade and every deal behind it: the evidence is public, as the points are. */
    @GET
    @Path("managers/{id}/track-record")
    @Transactional
    @RolesAllowed({Roles.OPERATOR, Roles.HOLDER, Roles.PROVIDER, Roles.REVIEWER, Roles.MANAGER, Roles.SERVICE})
    public TrackRecords.Grade trackRecord(@PathParam("id") UUID id) {
        return backend.records().grade(id);
    }

    @Override
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.SERVICE, Roles.OPERATOR})
    public Assignment assign(AssignmentRequest request) {
        return backend.assignments().assign(request).toSpi();
    }

    @POST
    @Path("assignments/{id}/release")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.SERVICE, Roles.OPERATOR})
    public Assignment release(@PathParam("id") UUID id) {
        return backend.assignments().release(id).toSpi();
    }

    @Override
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.SERVICE, Roles.OPERATOR})
    public Assignment releaseFor(UUID projectId) {
        return backend.assignments().releaseFor(projectId).toSpi();
    }

    /** The manager whose private data the caller may read: an operator any, a manager their own. */
    private Manager readable(UUID id) {
        return backend.registry()
                .readableBy(id, caller.getName(), caller.getGroups().contains(Roles.OPERATOR));
    }

    private static AssignmentView view(ManagerAssignment a) {
        return new AssignmentView(a.id(), a.projectId(), a.institution(), a.field(), a.assignedAt(), a.releasedAt());
    }

    private ManagerDetails details(Manager m) {
        return new ManagerDetails(
                backend.profile(m, backend.records().grade(m.id()).points()),
                m.username(),
                m.affiliationKind(),
                m.capacity(),
                backend.assignments().openAssignments(m.id()),
                m.phone(),
                m.idNumber(),
                m.status(),
                m.certifiedUntil(),
                m.statusReason());
    }
}
