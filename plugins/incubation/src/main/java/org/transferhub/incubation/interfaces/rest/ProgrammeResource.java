package org.transferhub.incubation.interfaces.rest;

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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.transferhub.incubation.application.Incubation;
import org.transferhub.incubation.domain.programme.Programme;
import org.transferhub.incubation.infrastructure.gate.InstalledGates;
import org.transferhub.kernel.idempotency.Idempotent;
import org.transferhub.kernel.problem.ProblemException;
import org.transferhub.kernel.problem.ProblemType;
import org.transferhub.kernel.security.Roles;
import org.transferhub.spi.Page;
import org.transferhub.spi.incubation.Funnel;
import org.transferhub.spi.incubation.PocStage;
import org.transferhub.spi.incubation.ProjectSummary;
import org.transferhub.spi.money.Money;

/** For operators: proof-of-concept programmes and their stages; for everyone involved, the installed scorecards and gate rules. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    @Inject
    IncubationBackend backend;

    @Inject
    InstalledGates installed;

    @Inject
    JsonWebToken caller;

    /** One stage of a programme to create. */
    public record StageDraft(
            @NotNull PocStage stage,
            @NotNull LocalDate deadline,
            @NotNull @Valid Money fundingCap,
            @NotBlank @Size(max = 100) String scorecard,
            @Size(max = 100) String gateRule,
            @Size(max = 200) String gateParameter) {}

    /** A programme to create: its name and its four stages. */
    public record ProgrammeDraft(
            @NotBlank @Size(max = 200) String name,
            @NotNull
                    @Size(
                            min = 4,
                            max = 4,
                            message = "lists the four stages: IDEATION, FEASIBILITY, COMMERCIAL, SCENARIO")
                    List<@NotNull @Valid StageDraft> stages) {}

    public record StageView(
            PocStage stage,
            LocalDate deadline,
            Money fundingCap,
            String scorecard,
            String gateRule,
            String gateParameter) {}

    public record ProgrammeView(UUID id, String name, String currency, Instant createdAt, List<StageView> stages) {}

    public record CriterionView(String id, String label, int weight) {}

    public record ScorecardView(String id, List<CriterionView> criteria) {}

    public record RuleView(String id, String parameterHelp) {}

    /** One programme's funnel, for comparing the region's programmes. */
    public record ProgrammeFunnel(UUID id, String name, Instant createdAt, Funnel funnel) {}

    /** What a programme's stages can name. */
    public record GatesView(List<ScorecardView> scorecards, List<RuleView> rules) {}

    @POST
    @Path("programmes")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public ProgrammeView create(@NotNull(message = "Send the programme as JSON.") @Valid ProgrammeDraft d) {
        String currency = backend.currency();
        if (d.stages().stream().anyMatch(s -> !s.fundingCap().currency().equals(currency))) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, "The funding caps are in the region's currency, " + currency + ".");
        }
        var incubation = backend.incubation();
        Programme p = incubation.createProgramme(
                d.name(),
                currency,
                d.stages().stream()
                        .map(s -> new Incubation.StagePlan(
                                s.stage(),
                                s.deadline(),
                                s.fundingCap().amount(),
                                s.scorecard(),
                                s.gateRule(),
                                s.gateParameter()))
                        .toList(),
                caller.getName());
        return view(incubation, p);
    }

    @GET
    @Path("programmes/{id}")
    @Transactional
    @RolesAllowed({Roles.OPERATOR, Roles.HOLDER, Roles.REVIEWER})
    public ProgrammeView programme(@PathParam("id") UUID id) {
        var incubation = backend.incubation();
        return view(incubation, incubation.programme(id));
    }

    /** The region's programmes, for choosing one: a team to apply, an operator to run its cohort. */
    @GET
    @Path("programmes")
    @Transactional
    @RolesAllowed({Roles.OPERATOR, Roles.HOLDER, Roles.REVIEWER})
    public Page<ProgrammeView> programmes(
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit, @QueryParam("cursor") String cursor) {
        var incubation = backend.incubation();
        Page<Programme> page = incubation.programmes(limit, Cursors.after(cursor));
        return new Page<>(page.items().stream().map(p -> view(incubation, p)).toList(), page.nextCursor());
    }

    /** The projects submitted to a programme, whatever their stage and status, for the operator running its cohort. */
    @GET
    @Path("programmes/{id}/projects")
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public Page<ProjectSummary> projects(
            @PathParam("id") UUID id,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit,
            @QueryParam("cursor") String cursor) {
        return backend.incubation().projectsOf(id, limit, Cursors.after(cursor));
    }

    /** The funnel of each programme, a page of programmes in id order: the region's programmes side by side. */
    @GET
    @Path("funnel/programmes")
    @Transactional
    @RolesAllowed({Roles.OPERATOR, Roles.SERVICE})
    public Page<ProgrammeFunnel> funnels(
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit, @QueryParam("cursor") String cursor) {
        Page<Programme> page = backend.incubation().programmes(limit, Cursors.after(cursor));
        var statistics = backend.funnel();
        return new Page<>(
                page.items().stream()
                        .map(p -> new ProgrammeFunnel(p.id(), p.name(), p.createdAt(), statistics.funnel(p.id())))
                        .toList(),
                page.nextCursor());
    }

    @GET
    @Path("gates")
    @RolesAllowed({Roles.OPERATOR, Roles.REVIEWER})
    public GatesView gates() {
        var gates = installed.gates();
        return new GatesView(
                gates.scorecards().values().stream()
                        .map(s -> new ScorecardView(
                                s.id(),
                                s.criteria().stream()
                                        .map(c -> new CriterionView(c.id(), c.label(), c.weight()))
                                        .toList()))
                        .toList(),
                gates.rules().values().stream()
                        .map(r -> new RuleView(r.id(), r.parameterHelp()))
                        .toList());
    }

    private static ProgrammeView view(Incubation incubation, Programme p) {
        return new ProgrammeView(
                p.id(),
                p.name(),
                p.currency(),
                p.createdAt(),
                incubation.stages(p.id()).stream()
                        .map(s -> new StageView(
                                s.stage(),
                                s.deadline(),
                                Money.of(s.fundingCap(), p.currency()),
                                s.scorecard(),
                                s.gateRule(),
                                s.gateParameter()))
                        .toList());
    }
}
