package org.transferhub.incubation.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.transferhub.incubation.domain.project.FundingGrant;
import org.transferhub.incubation.domain.project.Outcome;
import org.transferhub.incubation.domain.project.Project;
import org.transferhub.incubation.domain.project.StagePassage;
import org.transferhub.incubation.domain.review.Decision;
import org.transferhub.spi.incubation.Funnel;
import org.transferhub.spi.incubation.PocStage;
import org.transferhub.spi.incubation.ProjectStatus;
import org.transferhub.spi.money.Money;

/**
 * The funnel of one programme or of the whole region, from the stage passages, the funding grants
 * and the outcomes: what entered each stage, what is there now, what passed or was rejected at its
 * gate, how long projects took there, what was spent, and what came of the projects afterwards.
 */
public class FunnelStatistics {

    private final EntityManager em;
    private final String currency;

    /** @param currency the region's currency, in which every programme funds */
    public FunnelStatistics(EntityManager em, String currency) {
        this.em = em;
        this.currency = currency;
    }

    /** @param programme one programme, or null for every programme of the region */
    public Funnel funnel(UUID programme) {
        List<Project> projects = rows("select p from Project p where 1 = 1", Project.class, programme);
        List<StagePassage> passages =
                rows("select x from StagePassage x, Project p where x.projectId = p.id", StagePassage.class, programme);
        List<FundingGrant> grants =
                rows("select x from FundingGrant x, Project p where x.projectId = p.id", FundingGrant.class, programme);
        List<Outcome> outcomes =
                rows("select x from Outcome x, Project p where x.projectId = p.id", Outcome.class, programme);

        int screenedOut = (int) projects.stream()
                .filter(p -> p.status() == ProjectStatus.REJECTED)
                .filter(p -> passages.stream().noneMatch(s -> s.projectId().equals(p.id())))
                .count();
        List<Funnel.StageFunnel> stages = new ArrayList<>();
        for (PocStage stage : PocStage.values()) {
            List<StagePassage> at =
                    passages.stream().filter(s -> s.stage() == stage).toList();
            int passed = count(at, Decision.Outcome.ADVANCE);
            List<Duration> times = at.stream()
                    .filter(s -> s.leftAt() != null)
                    .map(s -> Duration.between(s.enteredAt(), s.leftAt()))
                    .sorted()
                    .toList();
            long spent = grants.stream()
                    .filter(g -> g.stage() == stage)
                    .mapToLong(FundingGrant::amount)
                    .sum();
            stages.add(new Funnel.StageFunnel(
                    stage,
                    at.size(),
                    (int) at.stream().filter(s -> s.leftAt() == null).count(),
                    passed,
                    count(at, Decision.Outcome.REJECT),
                    at.isEmpty()
                            ? null
                            : BigDecimal.valueOf(passed).divide(BigDecimal.valueOf(at.size()), 4, RoundingMode.HALF_UP),
                    median(times),
                    Money.of(spent, currency)));
        }
        return new Funnel(projects.size(), screenedOut, stages, outcomes(outcomes));
    }

    private Funnel.Outcomes outcomes(List<Outcome> outcomes) {
        long raised = outcomes.stream()
                .filter(o -> o.kind() == Outcome.Kind.INVESTMENT)
                .mapToLong(Outcome::amount)
                .sum();
        // A project's worth is its latest valuation, not the sum of its rounds.
        Map<UUID, Outcome> latestValued = outcomes.stream()
                .filter(o -> o.valuation() != null)
                .collect(Collectors.toMap(
                        Outcome::projectId,
                        o -> o,
                        (a, b) -> Comparator.comparing(Outcome::occurredOn)
                                                .thenComparing(Outcome::recordedAt)
                                                .compare(a, b)
                                        >= 0
                                ? a
                                : b));
        long valuation =
                latestValued.values().stream().mapToLong(Outcome::valuation).sum();
        return new Funnel.Outcomes(
                kind(outcomes, Outcome.Kind.SPIN_OFF),
                kind(outcomes, Outcome.Kind.LICENCE),
                kind(outcomes, Outcome.Kind.INVESTMENT),
                Money.of(raised, currency),
                Money.of(valuation, currency));
    }

    private <T> List<T> rows(String jpql, Class<T> type, UUID programme) {
        TypedQuery<T> q = em.createQuery(jpql + (programme == null ? "" : " and p.programmeId = :programme"), type);
        if (programme != null) {
            q.setParameter("programme", programme);
        }
        return q.getResultList();
    }

    private static int count(List<StagePassage> at, Decision.Outcome outcome) {
        return (int) at.stream().filter(s -> s.outcome() == outcome).count();
    }

    private static int kind(List<Outcome> outcomes, Outcome.Kind kind) {
        return (int) outcomes.stream().filter(o -> o.kind() == kind).count();
    }

    /** The middle one, or the mean of the two middle ones; null when there are none. */
    static Duration median(List<Duration> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1
                ? sorted.get(mid)
                : sorted.get(mid - 1).plus(sorted.get(mid)).dividedBy(2);
    }
}
