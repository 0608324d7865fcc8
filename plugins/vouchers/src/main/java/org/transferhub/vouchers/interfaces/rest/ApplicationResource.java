package org.transferhub.vouchers.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.transferhub.kernel.idempotency.Idempotent;
import org.transferhub.kernel.problem.Problem;
import org.transferhub.kernel.problem.ProblemException;
import org.transferhub.kernel.problem.ProblemType;
import org.transferhub.kernel.security.Roles;
import org.transferhub.spi.money.Money;
import org.transferhub.spi.voucher.eligibility.Applicant;
import org.transferhub.vouchers.application.Applications;
import org.transferhub.vouchers.application.VoucherRefused;
import org.transferhub.vouchers.domain.application.VoucherApplication;
import org.transferhub.vouchers.infrastructure.eligibility.InstalledRules;

/** Holders apply for vouchers; operators see the review criterion by criterion and decide. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    @Inject
    VouchersBackend backend;

    @Inject
    InstalledRules installed;

    @Inject
    JsonWebToken caller;

    public record ApplicationDraft(@NotNull @Valid Money amount, @NotNull @Valid Applicant applicant) {}

    public record Decision(
            @NotNull(message = "must say true or false") Boolean approve,
            @Size(max = 1000) String reason,
            LocalDate useBy,
            LocalDate redeemBy) {}

    public record Criterion(String rule, String parameter, boolean eligible, String explanation) {}

    public record ApplicationView(
            UUID id,
            UUID programmeId,
            String holder,
            long requested,
            boolean eligible,
            List<Criterion> review,
            VoucherApplication.Status status,
            String reason,
            String decidedBy,
            String voucherCode,
            java.time.Instant submittedAt) {}

    public record RuleView(String id, String parameterHelp) {}

    public record Draw(@NotNull Long seed, @NotNull LocalDate useBy, @NotNull LocalDate redeemBy) {}

    /** The eligibility rules installed: what a programme's criteria may name. */
    @GET
    @Path("eligibility-rules")
    @RolesAllowed({Roles.OPERATOR, Roles.HOLDER})
    public List<RuleView> rules() {
        return installed.rules().installed().values().stream()
                .map(r -> new RuleView(r.id(), r.parameterHelp()))
                .toList();
    }

    @POST
    @Path("programmes/{id}/applications")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.HOLDER)
    public ApplicationView apply(
            @PathParam("id") UUID programme,
            @NotNull(message = "Send {\"amount\": ..., \"applicant\": ...}.") @Valid ApplicationDraft d) {
        return view(
                applications().submit(programme, caller.getName(), d.amount().amount(), d.applicant()));
    }

    /** A programme's applications for operators to review, optionally of one status, paged. */
    @GET
    @Path("programmes/{id}/applications")
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public org.transferhub.spi.Page<ApplicationView> applications(
            @PathParam("id") UUID programme,
            @jakarta.ws.rs.QueryParam("status") VoucherApplication.Status status,
            @jakarta.ws.rs.QueryParam("limit")
                    @jakarta.ws.rs.DefaultValue("50")
                    @jakarta.validation.constraints.Min(value = 1, message = "must be at least 1")
                    @jakarta.validation.constraints.Max(value = 100, message = "must be at most 100")
                    int limit,
            @jakarta.ws.rs.QueryParam("cursor")
                    @jakarta.validation.constraints.Pattern(
                            regexp = "[0-9a-f-]{36}",
                            message = "is not a cursor this API returned")
                    String cursor) {
        var page = applications().list(programme, status, limit, cursor);
        return new org.transferhub.spi.Page<>(
                page.items().stream().map(ApplicationResource::view).toList(), page.nextCursor());
    }

    /** The caller's own applications, the newest first, with their status and voucher code. */
    @GET
    @Path("applications/mine")
    @Transactional
    @RolesAllowed(Roles.HOLDER)
    public org.transferhub.spi.Page<ApplicationView> mine(
            @jakarta.ws.rs.QueryParam("limit")
                    @jakarta.ws.rs.DefaultValue("50")
                    @jakarta.validation.constraints.Min(value = 1, message = "must be at least 1")
                    @jakarta.validation.constraints.Max(value = 100, message = "must be at most 100")
                    int limit,
            @jakarta.ws.rs.QueryParam("cursor") @Size(max = 100, message = "is not a cursor this API returned")
                    String cursor) {
        var page = org.transferhub.vouchers.application.Paging.page(
                applications().of(caller.getName()), a -> a.id().toString(), limit, cursor);
        return new org.transferhub.spi.Page<>(
                page.items().stream().map(ApplicationResource::view).toList(), page.nextCursor());
    }

    /** An applicant sees their own applications; operators see all. */
    @GET
    @Path("applications/{id}")
    @Transactional
    @RolesAllowed({Roles.HOLDER, Roles.OPERATOR})
    public ApplicationView application(@PathParam("id") UUID id) {
        VoucherApplication a = applications().application(id);
        if (!caller.getGroups().contains(Roles.OPERATOR) && !a.holder().equals(caller.getName())) {
            throw new VoucherRefused(VoucherRefused.Reason.UNKNOWN_APPLICATION, "There is no application " + id + ".");
        }
        return view(a);
    }

    @POST
    @Path("applications/{id}/decision")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public ApplicationView decide(
            @PathParam("id") UUID id,
            @NotNull(
                            message =
                                    "Send {\"approve\": true, \"useBy\": ..., \"redeemBy\": ...} or {\"approve\": false, \"reason\": ...}.")
                    @Valid
                    Decision d) {
        if (d.approve()) {
            if (d.useBy() == null || d.redeemBy() == null) {
                throw new ProblemException(
                        ProblemType.VALIDATION_FAILED,
                        "An approval sets the voucher's use and redemption deadlines.",
                        List.of(
                                new Problem.FieldError("body.useBy", "is required to approve"),
                                new Problem.FieldError("body.redeemBy", "is required to approve")));
            }
            return view(applications().approve(id, d.useBy(), d.redeemBy(), caller.getName(), d.reason()));
        }
        if (d.reason() == null || d.reason().isBlank()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "A rejection says why: send a reason the applicant can act on.",
                    List.of(new Problem.FieldError("body.reason", "is required to reject")));
        }
        return view(applications().reject(id, caller.getName(), d.reason()));
    }

    /** Draws a lottery programme's submitted applications; the seed makes the draw reproducible. */
    @POST
    @Path("programmes/{id}/lottery")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.OPERATOR)
    public List<Applications.Drawn> draw(
            @PathParam("id") UUID programme,
            @NotNull(message = "Send {\"seed\": ..., \"useBy\": ..., \"redeemBy\": ...}.") @Valid Draw d) {
        return applications().draw(programme, d.seed(), d.useBy(), d.redeemBy(), caller.getName());
    }

    private Applications applications() {
        return backend.applications(installed.rules());
    }

    private static ApplicationView view(VoucherApplication a) {
        List<Criterion> review = a.review().isEmpty()
                ? List.of()
                : Arrays.stream(a.review().split("\n"))
                        .map(line -> line.split("\\|", 4))
                        .map(f -> new Criterion(f[0], f[1], Boolean.parseBoolean(f[2]), f[3]))
                        .toList();
        return new ApplicationView(
                a.id(),
                a.programmeId(),
                a.holder(),
                a.requested(),
                a.eligible(),
                review,
                a.status(),
                a.reason(),
                a.decidedBy(),
                a.voucherCode(),
                a.createdAt());
    }

    /** Checks a programme's criteria against the installed rules; used when a programme is created. */
    static void requireValid(InstalledRules installed, Map<String, String> criteria) {
        List<String> problems = installed.rules().problems(criteria);
        if (!problems.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "Fix the programme's criteria: " + String.join("; ", problems) + ".",
                    problems.stream()
                            .map(p -> new Problem.FieldError("body.criteria", p))
                            .toList());
        }
    }
}
