package org.transferhub.incubation.interfaces.rest;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.transferhub.incubation.application.Dossier;
import org.transferhub.incubation.application.Incubation;
import org.transferhub.incubation.domain.project.Outcome;
import org.transferhub.incubation.domain.project.Project;
import org.transferhub.incubation.domain.review.Decision;
import org.transferhub.incubation.infrastructure.TalentPartner;
import org.transferhub.kernel.event.Outbox;
import org.transferhub.kernel.idempotency.Idempotent;
import org.transferhub.kernel.problem.ProblemException;
import org.transferhub.kernel.problem.ProblemType;
import org.transferhub.kernel.security.Roles;
import org.transferhub.spi.Page;
import org.transferhub.spi.event.DealEvents;
import org.transferhub.spi.field.TechnologyField;
import org.transferhub.spi.incubation.PocStage;
import org.transferhub.spi.incubation.ProjectStatus;
import org.transferhub.spi.incubation.ProjectSummary;
import org.transferhub.spi.money.Money;

/**
 * A project's way through its programme: the team submits it and reports on it, operators screen,
 * assign reviewers, fund and decide, reviewers score or declare a conflict of interest. Every change
 * answers the project's whole file (its {@link Dossier}).
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {

    @Inject
    IncubationBackend backend;

    @Inject
    TalentPartner talent;

    @Inject
    Outbox outbox;

    @Inject
    JsonWebToken caller;

    /** A project built on a research result, as its team submits it. */
    public record Submission(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 200) String institution,
            @NotEmpty(message = "names at least one member") @Size(max = 20)
                    List<@NotBlank @Size(max = 100) @Pattern(regexp = "[^\\n]*", message = "is one line") String> team,
            @NotBlank @Pattern(regexp = TechnologyField.PATTERN, message = TechnologyField.MUST_BE) String field,
            @Min(value = 1, message = "is a technology readiness level from 1 to 9")
                    @Max(value = 9, message = "is a technology readiness level from 1 to 9")
                    int trl,
            @Size(max = 20)
                    List<@NotBlank @Size(max = 40) @Pattern(regexp = "[^\\n]*", message = "is one line") String>
                            ipReferences,
            @NotNull @Valid Money requestedFunding) {}

    public record Screening(
            @NotNull(message = "says whether the project is admitted (true) or not (false)") Boolean admit,
            @NotBlank(message = "gives the reason for the screening decision") @Size(max = 1000) String reason) {}

    public record ReviewerDraft(
            @NotNull PocStage stage,
            @NotBlank @Size(max = 100) String reviewer,
            @NotBlank(message = "names the reviewer's institution, to exclude a conflict of interest") @Size(max = 200)
                    String institution) {}

    public record ConflictDeclaration(@NotNull PocStage stage, @NotBlank @Size(max = 1000) String reason) {}

    public record Scoring(
            @NotNull PocStage stage,
            @NotEmpty(message = "gives points, 0 to 100, for each criterion of the stage's scorecard")
                    Map<String, Integer> scores,
            @NotBlank(message = "explains the scores") @Size(max = 4000) String comment) {}

    public record DecisionDraft(
            @NotNull PocStage stage,
            @Min(value = 1, message = "is the review round decided, from 1") int round,
            @NotNull(message = "is ADVANCE, REVISE or REJECT") Decision.Outcome outcome,
            @NotBlank(message = "gives the committee's written reason") @Size(max = 4000) String reason) {}

    public record FundingDraft(
            @NotNull PocStage stage, @NotNull @Valid Money amount, @NotBlank @Size(max = 1000) String purpose) {}

    public record MilestoneDraft(@NotBlank @Size(max = 200) String title, @NotNull LocalDate dueOn) {}

    public record Achievement(@NotNull LocalDate on) {}

    public record KpiDraft(
            @NotNull
                    @Pattern(
                            regexp = "[0-9]{4}-(Q[1-4]|0[1-9]|1[0-2])",
                            message = "is a quarter (2026-Q2) or a month (2026-05)")
                    String period,
            @Min(value = 0, message = "must not be negative") int prototypes,
            @Min(value = 0, message = "must not be negative") int pilotCustomers,
            @NotNull @Valid Money revenue,
            @NotNull @Valid Money fundingRaised,
            @Size(max = 2000) String note) {}

    public record OutcomeDraft(
            @NotNull(message = "is SPIN_OFF, LICENCE or INVESTMENT") Outcome.Kind kind,
            @NotBlank(message = "names the company, licensee or investor") @Size(max = 200) String counterpart,
            @Valid Money amount,
            @Valid Money valuation,
            @NotNull LocalDate occurredOn) {}

    @POST
    @Path("programmes/{id}/projects")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.HOLDER)
    public Dossier submit(
            @PathParam("id") UUID programme, @NotNull(message = "Send the project as JSON.") @Valid Submission s) {
        var incubation = backend.incubation();
        Project p = incubation.submit(
                programme,
                new Incubation.Submission(
                        s.title(),
                        s.institution(),
                        s.team(),
                        s.field(),
                        s.trl(),
                        s.ipReferences() == null ? List.of() : s.ipReferences(),
                        nonNegative(inRegionCurrency(s.requestedFunding(), "requestedFunding"), "requestedFunding")),
                caller.getName());
        return incubation.dossier(p.id());
    }

    /** The calling team's projects, whatever their stage and status. */
    @GET
    @Path("projects/mine")
    @Transactional
    @RolesAllowed(Roles.HOLDER)
    public Page<ProjectSummary> mine(
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit, @QueryParam("cursor") String cursor) {
        return backend.incubation().submittedBy(caller.getName(), limit, Cursors.after(cursor));
    }

    /**
     * The calling reviewer's assignments, each with whether they can score it now; {@code open=true}
     * keeps those whose gate is still to be decided.
     */
    @GET
    @Path("assignments/mine")
    @Transactional
    @RolesAllowed(Roles.REVIEWER)
    public Page<Incubation.ReviewerTask> assignments(
            @QueryParam("open") @DefaultValue("false") boolean open,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit,
            @QueryParam("cursor") String cursor) {
        return backend.incubation().assignmentsOf(caller.getName(), open, limit, Cursors.after(cursor));
    }

    /** The whole file: for operators, the team that submitted it, and reviewers assigned to it. */
    @GET
    @Path("projects/{id}/dossier")
    @Transactional
    @RolesAllowed({Roles.OPERATOR, Roles.HOLDER, Roles.REVIEWER})
    public Dossier dossier(@PathParam("id") UUID id) {
        var incubation = backend.incubation();
        if (!caller.getGroups().contains(Roles.OPERATOR)) {
            if (caller.getGroups().contains(Roles.HOLDER)) {
                incubation.ownProject(id, caller.getName());
            } else {
                incubation.requireReviewer(id, caller.getName());
            }
        }
        return incubation.dossier(id);
    }

    @POST
    @Path("projects/{id}/screening")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public Dossier screen(
            @PathParam("id") UUID id, @NotNull(message = "Send the screening as JSON.") @Valid Screening s) {
        var incubation = backend.incubation();
        incubation.screen(id, s.admit(), s.reason(), caller.getName());
        return incubation.dossier(id);
    }

    @POST
    @Path("projects/{id}/reviewers")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public Dossier assignReviewer(
            @PathParam("id") UUID id, @NotNull(message = "Send the reviewer as JSON.") @Valid ReviewerDraft r) {
        var incubation = backend.incubation();
        incubation.assignReviewer(id, r.stage(), r.reviewer(), r.institution(), caller.getName());
        return incubation.dossier(id);
    }

    /** The calling reviewer declares a conflict of interest and is excluded from the project's review at the stage. */
    @POST
    @Path("projects/{id}/conflicts")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.REVIEWER)
    public Dossier declareConflict(
            @PathParam("id") UUID id,
            @NotNull(message = "Send the declaration as JSON.") @Valid ConflictDeclaration c) {
        var incubation = backend.incubation();
        incubation.declareConflict(id, c.stage(), caller.getName(), c.reason());
        return incubation.dossier(id);
    }

    /** The calling reviewer's scores on the current round of the stage. */
    @POST
    @Path("projects/{id}/reviews")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.REVIEWER)
    public Dossier review(@PathParam("id") UUID id, @NotNull(message = "Send the review as JSON.") @Valid Scoring s) {
        var incubation = backend.incubation();
        incubation.score(id, s.stage(), caller.getName(), s.scores(), s.comment());
        return incubation.dossier(id);
    }

    /** The committee's decision, recorded by an operator. */
    @POST
    @Path("projects/{id}/decisions")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public Dossier decide(
            @PathParam("id") UUID id, @NotNull(message = "Send the decision as JSON.") @Valid DecisionDraft d) {
        var incubation = backend.incubation();
        incubation.decide(id, d.stage(), d.round(), d.outcome(), d.reason(), caller.getName());
        Project project = incubation.project(id);
        UUID manager = project.summary().managerId();
        if (manager != null && project.status() != ProjectStatus.ACTIVE) {
            talent.release(id); // passed or rejected: the manager has room for another project
        }
        if (d.outcome() == Decision.Outcome.ADVANCE && manager != null) {
            // A gate passed with a technology manager as partner: a deal the talent registry credits.
            outbox.record(
                    DealEvents.PROJECT_ADVANCED,
                    DealEvents.manager(manager),
                    Map.of("projectId", id.toString(), "stage", d.stage().name()));
        }
        return incubation.dossier(id);
    }

    @POST
    @Path("projects/{id}/funding")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public Dossier fund(@PathParam("id") UUID id, @NotNull(message = "Send the grant as JSON.") @Valid FundingDraft f) {
        var incubation = backend.incubation();
        incubation.fund(id, f.stage(), f.amount().amount(), f.amount().currency(), f.purpose(), caller.getName());
        return incubation.dossier(id);
    }

    /** Asks the region's talent registry for a technology manager to partner the project. */
    @POST
    @Path("projects/{id}/manager")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public Dossier assignManager(@PathParam("id") UUID id) {
        var incubation = backend.incubation();
        Project p = incubation.needsManager(id);
        incubation.partner(id, talent.assign(id, p.institution(), p.field()));
        return incubation.dossier(id);
    }

    @POST
    @Path("projects/{id}/milestones")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.HOLDER)
    public Dossier addMilestone(
            @PathParam("id") UUID id, @NotNull(message = "Send the milestone as JSON.") @Valid MilestoneDraft m) {
        var incubation = backend.incubation();
        incubation.addMilestone(id, m.title(), m.dueOn(), caller.getName());
        return incubation.dossier(id);
    }

    @POST
    @Path("projects/{id}/milestones/{milestone}/achieved")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.HOLDER)
    public Dossier achieve(
            @PathParam("id") UUID id,
            @PathParam("milestone") UUID milestone,
            @NotNull(message = "Send the day it was achieved as JSON.") @Valid Achievement a) {
        var incubation = backend.incubation();
        incubation.achieve(id, milestone, a.on(), caller.getName());
        return incubation.dossier(id);
    }

    /** The team's periodic report of its KPIs. */
    @POST
    @Path("projects/{id}/kpi-reports")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.HOLDER)
    public Dossier report(@PathParam("id") UUID id, @NotNull(message = "Send the report as JSON.") @Valid KpiDraft k) {
        if (!k.revenue().currency().equals(k.fundingRaised().currency())) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, "Revenue and funding raised are in one currency.");
        }
        var incubation = backend.incubation();
        incubation.report(
                id,
                k.period(),
                k.prototypes(),
                k.pilotCustomers(),
                nonNegative(k.revenue(), "revenue"),
                nonNegative(k.fundingRaised(), "fundingRaised"),
                k.revenue().currency(),
                k.note(),
                caller.getName());
        return incubation.dossier(id);
    }

    /** An outcome, recorded by an operator or by the team, also long after the programme ended. */
    @POST
    @Path("projects/{id}/outcomes")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.OPERATOR, Roles.HOLDER})
    public Dossier record(
            @PathParam("id") UUID id, @NotNull(message = "Send the outcome as JSON.") @Valid OutcomeDraft o) {
        var incubation = backend.incubation();
        if (!caller.getGroups().contains(Roles.OPERATOR)) {
            incubation.ownProject(id, caller.getName());
        }
        String currency = backend.currency();
        incubation.record(
                id,
                o.kind(),
                o.counterpart(),
                o.amount() == null ? null : inRegionCurrency(o.amount(), "amount"),
                o.valuation() == null ? null : inRegionCurrency(o.valuation(), "valuation"),
                currency,
                o.occurredOn(),
                caller.getName());
        UUID manager = incubation.project(id).summary().managerId();
        if (o.kind() == Outcome.Kind.INVESTMENT && manager != null) {
            // Investment raised by a project the manager partners: finance matched, credited by the registry.
            outbox.record(
                    DealEvents.FINANCE_MATCHED,
                    DealEvents.manager(manager),
                    Map.of(
                            "projectId", id.toString(),
                            "amount", Long.toString(o.amount().amount()),
                            "currency", currency));
        }
        return incubation.dossier(id);
    }

    private long inRegionCurrency(Money m, String field) {
        if (!m.currency().equals(backend.currency())) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, field + " is in the region's currency, " + backend.currency() + ".");
        }
        return m.amount();
    }

    private static long nonNegative(long amount, String field) {
        if (amount < 0) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, field + " is not negative (minor units, fen).");
        }
        return amount;
    }

    private static long nonNegative(Money m, String field) {
        return nonNegative(m.amount(), field);
    }
}
