package org.transferhub.incubation.application;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.transferhub.incubation.domain.project.FundingGrant;
import org.transferhub.incubation.domain.project.KpiReport;
import org.transferhub.incubation.domain.project.Milestone;
import org.transferhub.incubation.domain.project.Outcome;
import org.transferhub.incubation.domain.project.Project;
import org.transferhub.incubation.domain.project.StagePassage;
import org.transferhub.incubation.domain.review.Decision;
import org.transferhub.incubation.domain.review.Review;
import org.transferhub.incubation.domain.review.ReviewerAssignment;
import org.transferhub.spi.incubation.PocStage;
import org.transferhub.spi.incubation.ProjectSummary;
import org.transferhub.spi.money.Money;

/**
 * A project's whole file, oldest first in every list: who screened it, who reviewed and decided
 * what, when and why at each gate, what it was granted, what it reported and achieved.
 */
public record Dossier(
        ProjectSummary project,
        int round,
        List<String> team,
        List<String> ipReferences,
        Money requestedFunding,
        String applicant,
        Instant submittedAt,
        Screening screening,
        List<Passage> stages,
        List<Assignment> reviewers,
        List<Scores> reviews,
        List<Ruling> decisions,
        List<Grant> funding,
        List<Goal> milestones,
        List<Kpis> kpiReports,
        List<Result> outcomes) {

    /** The intake screening; null while it waits. */
    public record Screening(boolean admitted, String reason, String by, Instant at) {}

    public record Passage(PocStage stage, Instant enteredAt, Instant leftAt, Decision.Outcome outcome) {}

    public record Assignment(
            PocStage stage,
            String reviewer,
            String institution,
            String assignedBy,
            Instant assignedAt,
            boolean conflicted,
            String conflictReason) {}

    public record Scores(
            PocStage stage,
            int round,
            String reviewer,
            Map<String, Integer> scores,
            BigDecimal weighted,
            String comment,
            Instant submittedAt) {}

    public record Ruling(
            UUID id,
            PocStage stage,
            int round,
            Decision.Outcome outcome,
            String reason,
            BigDecimal weightedScore,
            int reviews,
            String decidedBy,
            Instant decidedAt) {}

    public record Grant(UUID id, PocStage stage, Money amount, String purpose, String grantedBy, Instant grantedAt) {}

    public record Goal(UUID id, String title, LocalDate dueOn, LocalDate achievedOn) {}

    public record Kpis(
            String period,
            int prototypes,
            int pilotCustomers,
            Money revenue,
            Money fundingRaised,
            String note,
            String reportedBy,
            Instant reportedAt) {}

    public record Result(
            UUID id,
            Outcome.Kind kind,
            String counterpart,
            Money amount,
            Money valuation,
            LocalDate occurredOn,
            String recordedBy,
            Instant recordedAt) {}

    /** The file of one project. */
    static Dossier of(EntityManager em, Project p, List<StagePassage> passages) {
        String c = p.currency();
        return new Dossier(
                p.summary(),
                p.round(),
                p.team(),
                p.ipReferences(),
                Money.of(p.requestedFunding(), c),
                p.applicant(),
                p.submittedAt(),
                p.screenedAt() == null
                        ? null
                        : new Screening(!passages.isEmpty(), p.screeningReason(), p.screenedBy(), p.screenedAt()),
                passages.stream()
                        .map(s -> new Passage(s.stage(), s.enteredAt(), s.leftAt(), s.outcome()))
                        .toList(),
                of(em, ReviewerAssignment.class, "assignedAt", p.id()).stream()
                        .map(a -> new Assignment(
                                a.stage(),
                                a.reviewer(),
                                a.institution(),
                                a.assignedBy(),
                                a.assignedAt(),
                                a.conflicted(),
                                a.conflictReason()))
                        .toList(),
                of(em, Review.class, "submittedAt", p.id()).stream()
                        .map(r -> new Scores(
                                r.stage(),
                                r.round(),
                                r.reviewer(),
                                r.scores(),
                                r.weighted(),
                                r.comment(),
                                r.submittedAt()))
                        .toList(),
                of(em, Decision.class, "decidedAt", p.id()).stream()
                        .map(d -> new Ruling(
                                d.id(),
                                d.stage(),
                                d.round(),
                                d.outcome(),
                                d.reason(),
                                d.weightedScore(),
                                d.reviews(),
                                d.decidedBy(),
                                d.decidedAt()))
                        .toList(),
                of(em, FundingGrant.class, "grantedAt", p.id()).stream()
                        .map(g -> new Grant(
                                g.id(), g.stage(), Money.of(g.amount(), c), g.purpose(), g.grantedBy(), g.grantedAt()))
                        .toList(),
                of(em, Milestone.class, "dueOn", p.id()).stream()
                        .map(m -> new Goal(m.id(), m.title(), m.dueOn(), m.achievedOn()))
                        .toList(),
                of(em, KpiReport.class, "period", p.id()).stream()
                        .map(k -> new Kpis(
                                k.period(),
                                k.prototypes(),
                                k.pilotCustomers(),
                                Money.of(k.revenue(), c),
                                Money.of(k.fundingRaised(), c),
                                k.note(),
                                k.reportedBy(),
                                k.reportedAt()))
                        .toList(),
                of(em, Outcome.class, "occurredOn", p.id()).stream()
                        .map(o -> new Result(
                                o.id(),
                                o.kind(),
                                o.counterpart(),
                                o.amount() == null ? null : Money.of(o.amount(), c),
                                o.valuation() == null ? null : Money.of(o.valuation(), c),
                                o.occurredOn(),
                                o.recordedBy(),
                                o.recordedAt()))
                        .toList());
    }

    private static <T> List<T> of(EntityManager em, Class<T> type, String orderBy, UUID projectId) {
        return em.createQuery(
                        "select x from " + type.getSimpleName() + " x where x.projectId = :p order by x." + orderBy
                                + ", x.id",
                        type)
                .setParameter("p", projectId)
                .getResultList();
    }
}
