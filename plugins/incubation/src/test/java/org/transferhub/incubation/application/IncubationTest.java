package org.transferhub.incubation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.transferhub.incubation.application.IncubationRefused.Reason;
import org.transferhub.incubation.domain.project.Outcome;
import org.transferhub.incubation.domain.review.Decision;
import org.transferhub.spi.incubation.Funnel;
import org.transferhub.spi.incubation.PocStage;
import org.transferhub.spi.incubation.ProjectStatus;
import org.transferhub.spi.money.Money;
import org.transferhub.testkit.ScenarioDatabase;

/**
 * The stage gates on H2 and on PostgreSQL with the real migration: no stage is skipped, no
 * decision is made without enough non-conflicted reviews or changed once made, no stage's funding
 * exceeds its cap, refusals change nothing, and the funnel matches a fixture computed by hand.
 */
class IncubationTest {

    private static final Instant DAY_0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Gates GATES = new Gates(IncubationTest.class.getClassLoader());
    /** Points for each scorecard's criteria, all equal: the weighted result is the points. */
    private static final Map<PocStage, List<String>> CRITERIA = Map.of(
            PocStage.IDEATION, List.of("novelty", "team", "ip"),
            PocStage.FEASIBILITY, List.of("technical", "resources", "risk"),
            PocStage.COMMERCIAL, List.of("market", "model", "finance"),
            PocStage.SCENARIO, List.of("fit", "customers", "scale"));

    @TempDir
    Path h2Dir;

    private ScenarioDatabase db;
    /** The non-conflicted reviews a gate needs in the test's region. */
    private int reviewsRequired = 3;

    @AfterEach
    void close() throws Exception {
        if (db != null) {
            db.close();
            db = null;
        }
    }

    /** A fresh database of the kind, migrated, with the persistence unit on it; dropped after the test. */
    private void open(ScenarioDatabase.Kind kind) {
        open(kind, false);
    }

    private void open(ScenarioDatabase.Kind kind, boolean demoData) {
        db = ScenarioDatabase.open(kind, h2Dir, "incubation", "incubation-test", demoData);
    }

    /** Runs one operation in its own transaction on day 0, as one request does; a refusal rolls it back. */
    private <T> T tx(Function<Incubation, T> work) {
        return tx(0, work);
    }

    /** The same, {@code day} days after day 0. */
    private <T> T tx(int day, Function<Incubation, T> work) {
        Clock clock = Clock.fixed(DAY_0.plus(Duration.ofDays(day)), ZoneOffset.UTC);
        return inTransaction(em -> work.apply(new Incubation(em, clock, GATES, reviewsRequired)));
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return db.inTransaction(work);
    }

    private Dossier dossier(UUID project) {
        return tx(i -> i.dossier(project));
    }

    private static Reason refusal(Executable call) {
        return assertThrows(IncubationRefused.class, call).reason();
    }

    /** A programme whose stages cap funding at 100,000, 200,000, 300,000 and 400,000 fen. */
    private UUID programme(String gateRule, String gateParameter) {
        List<Incubation.StagePlan> plans = new ArrayList<>();
        for (PocStage s : PocStage.values()) {
            plans.add(new Incubation.StagePlan(
                    s,
                    LocalDate.parse("2026-06-30").plusMonths(3L * s.ordinal()),
                    100_000L * (s.ordinal() + 1),
                    s.name().toLowerCase(java.util.Locale.ROOT),
                    gateRule,
                    gateParameter));
        }
        return tx(i ->
                i.createProgramme("2026 PoC cohort", "CNY", plans, "operator").id());
    }

    private UUID submitted(UUID programme, String title, String institution) {
        return tx(i -> i.submit(
                        programme,
                        new Incubation.Submission(
                                title,
                                institution,
                                List.of("Prof. Li", "Dr. Wang"),
                                "advanced materials",
                                4,
                                List.of("CN202310123456.7"),
                                900_000),
                        "team-" + title)
                .id());
    }

    private UUID admitted(UUID programme, String title, int day) {
        UUID p = submitted(programme, title, "Demo University");
        tx(day, i -> i.screen(p, true, "fits the programme", "operator"));
        return p;
    }

    private Map<String, Integer> points(PocStage stage, int each) {
        Map<String, Integer> points = new java.util.LinkedHashMap<>();
        CRITERIA.get(stage).forEach(c -> points.put(c, each));
        return points;
    }

    private void assign(UUID project, PocStage stage, String... reviewers) {
        for (String r : reviewers) {
            tx(i -> i.assignReviewer(project, stage, r, "Institute " + r, "operator"));
        }
    }

    private void score(UUID project, PocStage stage, int points, String... reviewers) {
        for (String r : reviewers) {
            tx(i -> i.score(project, stage, r, points(stage, points), "scored " + points));
        }
    }

    /** Reviews the project's current round at {@code stage} with enough reviewers and records the decision. */
    private void gate(UUID project, PocStage stage, Decision.Outcome outcome, int day) {
        int round = dossier(project).round();
        List<String> reviewers = new ArrayList<>();
        for (int n = 0; n < reviewsRequired; n++) {
            reviewers.add("r" + n + "-" + stage + "-" + round);
        }
        String[] names = reviewers.toArray(String[]::new);
        assign(project, stage, names);
        score(project, stage, 80, names);
        tx(day, i -> i.decide(project, stage, round, outcome, outcome + " at day " + day, "committee"));
    }

    @ParameterizedTest
    @EnumSource(ScenarioDatabase.Kind.class)
    void aProjectPassesTheFourGatesInOrderAndSkipsNone(ScenarioDatabase.Kind kind) {
        open(kind);
        UUID programme = programme("min-score", "60");
        UUID p = submitted(programme, "Graphene sensor", "Demo University");

        // Before screening nothing happens at any gate.
        assertEquals(Reason.NOT_ACTIVE, refusal(() -> assign(p, PocStage.IDEATION, "early")));
        tx(i -> i.screen(p, true, "a patented result with a committed team", "operator"));
        assertEquals(Reason.ALREADY_SCREENED, refusal(() -> tx(i -> i.screen(p, false, "again", "operator"))));

        for (PocStage stage : PocStage.values()) {
            for (PocStage other : PocStage.values()) {
                if (other != stage) {
                    assertEquals(Reason.WRONG_STAGE, refusal(() -> assign(p, other, "skipper")), stage + "/" + other);
                    assertEquals(
                            Reason.WRONG_STAGE,
                            refusal(() ->
                                    tx(i -> i.decide(p, other, 1, Decision.Outcome.ADVANCE, "skip", "committee"))));
                    assertEquals(
                            Reason.WRONG_STAGE, refusal(() -> tx(i -> i.fund(p, other, 1, "CNY", "skip", "operator"))));
                }
            }
            assertEquals(stage, dossier(p).project().stage());
            gate(p, stage, Decision.Outcome.ADVANCE, 10 * (stage.ordinal() + 1));
        }

        Dossier d = dossier(p);
        assertEquals(ProjectStatus.PASSED, d.project().status());
        assertEquals(PocStage.SCENARIO, d.project().stage());
        assertEquals(
                List.of(PocStage.values()),
                d.decisions().stream().map(Dossier.Ruling::stage).toList(),
                "one decision per gate, in order");
        Dossier.Ruling last = d.decisions().get(3);
        assertEquals("committee", last.decidedBy());
        assertEquals("ADVANCE at day 40", last.reason());
        assertEquals(DAY_0.plus(Duration.ofDays(40)), last.decidedAt());
        assertEquals(new BigDecimal("80.00"), last.weightedScore());
        assertEquals(3, last.reviews());
        assertEquals(12, d.reviews().size());
        assertEquals("operator", d.screening().by());
        assertTrue(d.stages().stream().allMatch(s -> s.outcome() == Decision.Outcome.ADVANCE && s.leftAt() != null));
        assertEquals(
                Reason.NOT_ACTIVE,
                refusal(() ->
                        tx(i -> i.decide(p, PocStage.SCENARIO, 1, Decision.Outcome.REJECT, "late", "committee"))));
        assertEquals(d, dossier(p), "refusals changed nothing");
    }

    @ParameterizedTest
    @EnumSource(ScenarioDatabase.Kind.class)
    void onlyEnoughNonConflictedReviewsLetTheCommitteeDecide(ScenarioDatabase.Kind kind) {
        open(kind);
        UUID p = admitted(programme(null, null), "Enzyme", 0);
        PocStage ideation = PocStage.IDEATION;

        // A reviewer of the project's own institution has a conflict of interest, whatever the case and spaces.
        assertEquals(
                Reason.CONFLICTED_REVIEWER,
                refusal(() -> tx(i -> i.assignReviewer(p, ideation, "insider", " demo UNIVERSITY ", "operator"))));
        assign(p, ideation, "ann", "bob", "cat", "dan");
        assertEquals(Reason.ALREADY_ASSIGNED, refusal(() -> assign(p, ideation, "ann")));
        assertEquals(Reason.NOT_ASSIGNED, refusal(() -> score(p, ideation, 50, "eve")));

        // Scores: ann 90/80/70 → (90×40 + 80×30 + 70×30) / 100 = 81.00; bob 60 each → 60.00.
        tx(i -> i.score(p, ideation, "ann", Map.of("novelty", 90, "team", 80, "ip", 70), "strong novelty"));
        assertEquals(new BigDecimal("81.00"), dossier(p).reviews().get(0).weighted());
        score(p, ideation, 60, "bob");
        assertEquals(Reason.ALREADY_REVIEWED, refusal(() -> score(p, ideation, 99, "bob")));
        score(p, ideation, 10, "cat");
        assertEquals(
                Reason.INVALID_SCORES,
                refusal(() -> tx(i -> i.score(p, ideation, "dan", Map.of("novelty", 90, "team", 80), "incomplete"))));
        assertEquals(
                Reason.INVALID_SCORES,
                refusal(() -> tx(i ->
                        i.score(p, ideation, "dan", Map.of("novelty", 90, "team", 80, "ip", 101), "too many points"))));
        assertEquals(
                Reason.INVALID_SCORES,
                refusal(() -> tx(i -> i.score(
                        p,
                        ideation,
                        "dan",
                        Map.of("novelty", 1, "team", 1, "ip", 1, "charm", 1),
                        "unknown criterion"))));

        // cat declares a conflict after scoring: excluded, the score no longer counts, cannot score again.
        tx(i -> i.declareConflict(p, ideation, "cat", "co-author of the patent"));
        assertEquals(Reason.CONFLICT_OF_INTEREST, refusal(() -> score(p, ideation, 50, "cat")));
        assertEquals(2, tx(i -> i.countedReviews(p, ideation, 1)).size());
        Dossier before = dossier(p);
        assertEquals(
                Reason.NOT_ENOUGH_REVIEWS,
                refusal(() -> tx(i -> i.decide(p, ideation, 1, Decision.Outcome.ADVANCE, "go", "committee"))));
        assertEquals(
                Reason.NOT_ENOUGH_REVIEWS,
                refusal(() -> tx(i -> i.decide(p, ideation, 1, Decision.Outcome.REJECT, "no", "committee"))));
        assertEquals(before, dossier(p), "refusals changed nothing");

        score(p, ideation, 75, "dan");
        tx(i -> i.decide(p, ideation, 1, Decision.Outcome.ADVANCE, "three clean reviews", "committee"));
        Dossier.Ruling ruling = dossier(p).decisions().get(0);
        // (81.00 + 60.00 + 75.00) / 3 = 72.00; cat's 10 is not counted.
        assertEquals(new BigDecimal("72.00"), ruling.weightedScore());
        assertEquals(3, ruling.reviews());
        assertTrue(dossier(p).reviewers().stream()
                .anyMatch(a -> a.reviewer().equals("cat")
                        && a.conflicted()
                        && a.conflictReason().contains("co-author")));
    }

    @ParameterizedTest
    @EnumSource(ScenarioDatabase.Kind.class)
    void stageFundingNeverExceedsItsCap(ScenarioDatabase.Kind kind) throws Exception {
        open(kind);
        UUID p = admitted(programme(null, null), "Battery", 0);
        PocStage ideation = PocStage.IDEATION; // cap 100,000

        tx(i -> i.fund(p, ideation, 60_000, "CNY", "materials", "operator"));
        assertEquals(Reason.OVER_CAP, refusal(() -> tx(i -> i.fund(p, ideation, 40_001, "CNY", "more", "operator"))));
        assertEquals(Reason.OVER_CAP, refusal(() -> tx(i -> i.fund(p, ideation, 0, "CNY", "nothing", "operator"))));
        assertEquals(Reason.OVER_CAP, refusal(() -> tx(i -> i.fund(p, ideation, -5, "CNY", "back", "operator"))));
        assertEquals(
                Reason.CURRENCY_MISMATCH, refusal(() -> tx(i -> i.fund(p, ideation, 5, "USD", "dollars", "operator"))));
        tx(i -> i.fund(p, ideation, 40_000, "CNY", "the rest", "operator"));
        assertEquals(Reason.OVER_CAP, refusal(() -> tx(i -> i.fund(p, ideation, 1, "CNY", "one fen", "operator"))));
        assertEquals(100_000, granted(p, ideation));

        // At the next stage, parallel grants of 30,000 against a cap of 200,000: six at most, never more.
        gate(p, ideation, Decision.Outcome.ADVANCE, 5);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> grants = new ArrayList<>();
            for (int n = 0; n < 10; n++) {
                grants.add(() -> {
                    try {
                        tx(i -> i.fund(p, PocStage.FEASIBILITY, 30_000, "CNY", "parallel", "operator"));
                        return true;
                    } catch (IncubationRefused e) {
                        assertEquals(Reason.OVER_CAP, e.reason());
                        return false;
                    }
                });
            }
            int granted = 0;
            for (Future<Boolean> f : pool.invokeAll(grants)) {
                granted += f.get() ? 1 : 0;
            }
            assertEquals(6, granted);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(180_000, granted(p, PocStage.FEASIBILITY));
        assertEquals(100_000, granted(p, ideation), "the earlier stage's grants stay where they were");
    }

    @ParameterizedTest
    @EnumSource(ScenarioDatabase.Kind.class)
    void decisionsStandAndARevisionGoesBackToTheSameStage(ScenarioDatabase.Kind kind) {
        open(kind);
        UUID p = admitted(programme("min-score", "70"), "Catalyst", 0);
        PocStage ideation = PocStage.IDEATION;

        gate(p, ideation, Decision.Outcome.REVISE, 3);
        Dossier revised = dossier(p);
        assertEquals(ideation, revised.project().stage(), "a REVISE goes back to the same stage");
        assertEquals(ProjectStatus.ACTIVE, revised.project().status());
        assertEquals(2, revised.round());
        Dossier.Ruling first = revised.decisions().get(0);

        assertEquals(
                Reason.ALREADY_DECIDED,
                refusal(() -> tx(i -> i.decide(p, ideation, 1, Decision.Outcome.ADVANCE, "overrule", "chair"))));
        assertEquals(
                Reason.WRONG_ROUND,
                refusal(() -> tx(i -> i.decide(p, ideation, 3, Decision.Outcome.ADVANCE, "ahead", "chair"))));
        // The first round's reviews do not count for the second.
        assertEquals(
                Reason.NOT_ENOUGH_REVIEWS,
                refusal(() -> tx(i -> i.decide(p, ideation, 2, Decision.Outcome.ADVANCE, "same reviews", "chair"))));

        // Round 2: the same reviewers score again, too low for the gate rule (min-score 70).
        List<String> reviewers = List.of("r0-IDEATION-1", "r1-IDEATION-1", "r2-IDEATION-1");
        score(p, ideation, 65, reviewers.toArray(String[]::new));
        assertEquals(
                Reason.GATE_NOT_MET,
                refusal(() -> tx(i -> i.decide(p, ideation, 2, Decision.Outcome.ADVANCE, "push it", "chair"))));
        tx(6, i -> i.decide(p, ideation, 2, Decision.Outcome.REJECT, "below the bar twice", "chair"));

        Dossier rejected = dossier(p);
        assertEquals(ProjectStatus.REJECTED, rejected.project().status());
        assertEquals(2, rejected.decisions().size());
        assertEquals(first, rejected.decisions().get(0), "the first decision stands as it was made");
        assertEquals("below the bar twice", rejected.decisions().get(1).reason());
        assertEquals(new BigDecimal("65.00"), rejected.decisions().get(1).weightedScore());
        assertEquals(
                Reason.NOT_ACTIVE,
                refusal(() -> tx(i -> i.decide(p, ideation, 2, Decision.Outcome.ADVANCE, "reconsider", "chair"))));
        assertEquals(rejected, dossier(p));
    }

    @ParameterizedTest
    @EnumSource(ScenarioDatabase.Kind.class)
    void theFunnelMatchesAHandComputedFixture(ScenarioDatabase.Kind kind) {
        open(kind);
        reviewsRequired = 1;
        UUID programme = programme(null, null);
        UUID a = admitted(programme, "A", 0);
        UUID b = admitted(programme, "B", 0);
        UUID c = admitted(programme, "C", 0);
        UUID d = admitted(programme, "D", 0);
        UUID e = submitted(programme, "E", "Demo University");
        tx(i -> i.screen(e, false, "no research result behind it", "operator"));
        submitted(programme, "F", "Demo University"); // waits for screening

        fundedAt(a, PocStage.IDEATION, 50_000);
        fundedAt(b, PocStage.IDEATION, 30_000);
        // A passes every gate (days 10, 30, 60, 100); B passes IDEATION on day 20 and is rejected at
        // FEASIBILITY on day 50; C is sent back once (day 5) and passes IDEATION on day 15; D is rejected on day 8.
        gate(a, PocStage.IDEATION, Decision.Outcome.ADVANCE, 10);
        gate(a, PocStage.FEASIBILITY, Decision.Outcome.ADVANCE, 30);
        gate(a, PocStage.COMMERCIAL, Decision.Outcome.ADVANCE, 60);
        gate(a, PocStage.SCENARIO, Decision.Outcome.ADVANCE, 100);
        gate(b, PocStage.IDEATION, Decision.Outcome.ADVANCE, 20);
        gate(b, PocStage.FEASIBILITY, Decision.Outcome.REJECT, 50);
        gate(c, PocStage.IDEATION, Decision.Outcome.REVISE, 5);
        gate(c, PocStage.IDEATION, Decision.Outcome.ADVANCE, 15);
        gate(d, PocStage.IDEATION, Decision.Outcome.REJECT, 8);

        fundedAt(c, PocStage.FEASIBILITY, 20_000);
        fundedAt(c, PocStage.FEASIBILITY, 10_000);

        // Outcomes, the last long after the cohort.
        tx(i -> i.record(
                a,
                Outcome.Kind.SPIN_OFF,
                "A Tech Ltd",
                null,
                500_000_000L,
                "CNY",
                LocalDate.parse("2026-07-01"),
                "operator"));
        tx(i -> i.record(
                a,
                Outcome.Kind.INVESTMENT,
                "Angel Fund",
                100_000_000L,
                800_000_000L,
                "CNY",
                LocalDate.parse("2027-09-01"),
                "team-A"));
        tx(i -> i.record(
                b,
                Outcome.Kind.LICENCE,
                "Big Corp",
                5_000_000L,
                null,
                "CNY",
                LocalDate.parse("2026-08-01"),
                "operator"));
        tx(i -> i.record(
                c,
                Outcome.Kind.INVESTMENT,
                "Seed Fund",
                2_000_000L,
                100_000_000L,
                "CNY",
                LocalDate.parse("2026-10-01"),
                "operator"));
        assertEquals(
                Reason.NOT_ACTIVE,
                refusal(() -> tx(i -> i.record(
                        e,
                        Outcome.Kind.SPIN_OFF,
                        "E Ltd",
                        null,
                        null,
                        "CNY",
                        LocalDate.parse("2026-07-01"),
                        "operator"))));
        assertEquals(
                Reason.INVALID_OUTCOME,
                refusal(() -> tx(i -> i.record(
                        a,
                        Outcome.Kind.INVESTMENT,
                        "Nobody",
                        null,
                        null,
                        "CNY",
                        LocalDate.parse("2026-07-01"),
                        "operator"))));

        // Another programme: in the region's funnel, not in this programme's.
        admitted(programme(null, null), "Elsewhere", 0);

        Funnel f = inTransaction(em -> new FunnelStatistics(em, "CNY").funnel(programme));
        assertEquals(6, f.submitted());
        assertEquals(1, f.screenedOut());
        assertStage(f.stages().get(0), PocStage.IDEATION, 4, 0, 3, 1, "0.7500", Duration.ofHours(300), 80_000);
        assertStage(f.stages().get(1), PocStage.FEASIBILITY, 3, 1, 1, 1, "0.3333", Duration.ofDays(25), 30_000);
        assertStage(f.stages().get(2), PocStage.COMMERCIAL, 1, 0, 1, 0, "1.0000", Duration.ofDays(30), 0);
        assertStage(f.stages().get(3), PocStage.SCENARIO, 1, 0, 1, 0, "1.0000", Duration.ofDays(40), 0);
        assertEquals(
                new Funnel.Outcomes(1, 1, 2, Money.of(102_000_000, "CNY"), Money.of(900_000_000, "CNY")),
                f.outcomes(),
                "A's latest valuation (8,000,000 yuan) plus C's (1,000,000 yuan)");

        Funnel region = inTransaction(em -> new FunnelStatistics(em, "CNY").funnel(null));
        assertEquals(7, region.submitted());
        assertEquals(5, region.stages().get(0).entered());
        assertEquals(1, region.stages().get(0).inStage());
        assertNull(
                inTransaction(em -> new FunnelStatistics(em, "CNY").funnel(programme(null, null)))
                        .stages()
                        .get(0)
                        .conversionRate(),
                "no project entered: no rate");
    }

    private long granted(UUID project, PocStage stage) {
        return tx(i -> i.granted(project, stage));
    }

    private void fundedAt(UUID project, PocStage stage, long amount) {
        tx(i -> i.fund(project, stage, amount, "CNY", "fixture", "operator"));
    }

    private static void assertStage(
            Funnel.StageFunnel s,
            PocStage stage,
            int entered,
            int inStage,
            int passed,
            int rejected,
            String conversion,
            Duration median,
            long spent) {
        assertEquals(
                new Funnel.StageFunnel(
                        stage,
                        entered,
                        inStage,
                        passed,
                        rejected,
                        new BigDecimal(conversion),
                        median,
                        Money.of(spent, "CNY")),
                s);
    }

    @ParameterizedTest
    @EnumSource(ScenarioDatabase.Kind.class)
    void theTeamReportsMilestonesAndKpisOnItsOwnProjectOnly(ScenarioDatabase.Kind kind) {
        open(kind);
        UUID p = admitted(programme(null, null), "Robot", 0);
        String team = "team-Robot";

        var m = tx(i -> i.addMilestone(p, "First prototype", LocalDate.parse("2026-05-31"), team));
        assertEquals(
                Reason.NOT_YOUR_PROJECT,
                refusal(() -> tx(i -> i.addMilestone(p, "Hijack", LocalDate.parse("2026-05-31"), "team-Other"))));
        tx(i -> i.achieve(p, m.id(), LocalDate.parse("2026-05-20"), team));
        assertEquals(
                Reason.ALREADY_ACHIEVED,
                refusal(() -> tx(i -> i.achieve(p, m.id(), LocalDate.parse("2026-05-21"), team))));
        assertEquals(
                Reason.UNKNOWN_MILESTONE,
                refusal(() -> tx(i -> i.achieve(p, UUID.randomUUID(), LocalDate.parse("2026-05-21"), team))));

        tx(i -> i.report(p, "2026-Q2", 1, 2, 150_000, 0, "CNY", "first pilots", team));
        assertEquals(
                Reason.ALREADY_REPORTED,
                refusal(() -> tx(i -> i.report(p, "2026-Q2", 9, 9, 9, 9, "CNY", "again", team))));
        assertEquals(
                Reason.NOT_YOUR_PROJECT,
                refusal(() -> tx(i -> i.report(p, "2026-Q3", 1, 1, 1, 1, "CNY", "not mine", "team-Other"))));
        Dossier d = dossier(p);
        assertEquals(LocalDate.parse("2026-05-20"), d.milestones().get(0).achievedOn());
        assertEquals(1, d.kpiReports().size());
        assertEquals(Money.of(150_000, "CNY"), d.kpiReports().get(0).revenue());
        assertEquals(2, d.kpiReports().get(0).pilotCustomers());
    }

    @ParameterizedTest
    @EnumSource(ScenarioDatabase.Kind.class)
    void aProgrammeHasFourOrderedStagesWithInstalledScorecardsAndRules(ScenarioDatabase.Kind kind) {
        open(kind);
        LocalDate june = LocalDate.parse("2026-06-30");
        List<Incubation.StagePlan> three = List.of(
                new Incubation.StagePlan(PocStage.IDEATION, june, 1, "ideation", null, null),
                new Incubation.StagePlan(PocStage.FEASIBILITY, june, 1, "feasibility", null, null),
                new Incubation.StagePlan(PocStage.SCENARIO, june, 1, "scenario", null, null));
        assertEquals(
                Reason.INVALID_PROGRAMME, refusal(() -> tx(i -> i.createProgramme("Three", "CNY", three, "operator"))));
        List<Incubation.StagePlan> bad = List.of(
                new Incubation.StagePlan(PocStage.IDEATION, june, 1, "ideation", "min-score", "101"),
                new Incubation.StagePlan(PocStage.FEASIBILITY, june.minusDays(1), 1, "feasibility", null, null),
                new Incubation.StagePlan(PocStage.COMMERCIAL, june, 1, "no-such-card", null, null),
                new Incubation.StagePlan(PocStage.SCENARIO, june, 1, "scenario", "no-such-rule", "1"));
        IncubationRefused refused =
                assertThrows(IncubationRefused.class, () -> tx(i -> i.createProgramme("Bad", "CNY", bad, "operator")));
        for (String problem : List.of(
                "IDEATION: min-score: '101' is not a score",
                "FEASIBILITY: its deadline (2026-06-29) is before",
                "COMMERCIAL: no scorecard 'no-such-card'",
                "SCENARIO: no gate rule 'no-such-rule'")) {
            assertTrue(refused.getMessage().contains(problem), refused.getMessage());
        }
        assertEquals(0, (long) inTransaction(em ->
                em.createQuery("select count(p) from Programme p", Long.class).getSingleResult()));
        UUID ok = programme("min-trl", "4");
        assertEquals(4, tx(i -> i.stages(ok)).size());
    }

    @ParameterizedTest
    @EnumSource(ScenarioDatabase.Kind.class)
    void thePortalListsProgrammesATeamsProjectsAndAReviewersAssignments(ScenarioDatabase.Kind kind) {
        open(kind);
        UUID first = programme(null, null);
        UUID second = programme(null, null);
        List<UUID> programmes = new ArrayList<>();
        String cursor = null;
        do {
            UUID after = cursor == null ? null : UUID.fromString(cursor);
            var page = tx(i -> i.programmes(1, after));
            assertEquals(1, page.items().size());
            programmes.add(page.items().get(0).id());
            cursor = page.nextCursor();
        } while (cursor != null);
        assertEquals(
                List.of(first, second).stream()
                        .sorted(java.util.Comparator.comparing(UUID::toString)) // the database's order, unsigned
                        .toList(),
                programmes,
                "every programme once, in id order");

        UUID robot = admitted(first, "Robot", 0); // submitted by team-Robot
        UUID drone = submitted(second, "Drone", "Demo University");
        var mine = tx(i -> i.submittedBy("team-Robot", 50, null));
        assertEquals(List.of(robot), mine.items().stream().map(s -> s.id()).toList());
        assertNull(mine.nextCursor());
        assertEquals(List.of(), tx(i -> i.submittedBy("team-Nobody", 50, null)).items());
        assertEquals(
                List.of(drone),
                tx(i -> i.projectsOf(second, 50, null)).items().stream()
                        .map(s -> s.id())
                        .toList());
        assertEquals(
                ProjectStatus.SCREENING,
                tx(i -> i.projectsOf(second, 50, null)).items().get(0).status());
        assertEquals(Reason.UNKNOWN_PROGRAMME, refusal(() -> tx(i -> i.projectsOf(UUID.randomUUID(), 50, null))));

        // ann: reviewable at IDEATION; then reviewed; bob declares a conflict; after the gate both are closed.
        UUID other = admitted(first, "Sensor", 0);
        assign(robot, PocStage.IDEATION, "ann", "bob", "cat");
        assign(other, PocStage.IDEATION, "ann");
        var tasks = tx(i -> i.assignmentsOf("ann", true, 50, null)).items();
        assertEquals(2, tasks.size());
        assertTrue(tasks.stream().allMatch(t -> t.open() && t.reviewable() && !t.reviewed() && t.round() == 1));
        score(robot, PocStage.IDEATION, 80, "ann");
        tx(i -> i.declareConflict(robot, PocStage.IDEATION, "bob", "co-author"));
        Incubation.ReviewerTask reviewed = tx(i -> i.assignmentsOf("ann", true, 50, null)).items().stream()
                .filter(t -> t.project().id().equals(robot))
                .findFirst()
                .orElseThrow();
        assertTrue(reviewed.reviewed() && !reviewed.reviewable(), reviewed.toString());
        Incubation.ReviewerTask conflicted =
                tx(i -> i.assignmentsOf("bob", false, 50, null)).items().get(0);
        assertTrue(conflicted.conflicted() && !conflicted.reviewable() && conflicted.open(), conflicted.toString());
        var firstPage = tx(i -> i.assignmentsOf("ann", true, 1, null));
        assertEquals(1, firstPage.items().size());
        UUID next = UUID.fromString(firstPage.nextCursor());
        assertEquals(1, tx(i -> i.assignmentsOf("ann", true, 1, next)).items().size());

        // bob's conflict leaves two: a third reviewer takes the seat.
        assign(robot, PocStage.IDEATION, "dan");
        score(robot, PocStage.IDEATION, 80, "cat", "dan");
        tx(i -> i.decide(robot, PocStage.IDEATION, 1, Decision.Outcome.ADVANCE, "go", "committee"));
        assertEquals(
                List.of(other),
                tx(i -> i.assignmentsOf("ann", true, 50, null)).items().stream()
                        .map(t -> t.project().id())
                        .toList(),
                "a decided gate is no longer open");
        Incubation.ReviewerTask closed = tx(i -> i.assignmentsOf("ann", false, 50, null)).items().stream()
                .filter(t -> t.project().id().equals(robot))
                .findFirst()
                .orElseThrow();
        assertTrue(!closed.open() && closed.reviewed() && !closed.reviewable(), closed.toString());
    }

    @ParameterizedTest
    @EnumSource(ScenarioDatabase.Kind.class)
    void aProjectHasOneTechnologyManager(ScenarioDatabase.Kind kind) {
        open(kind);
        UUID p = admitted(programme(null, null), "Drone", 0);
        UUID manager = UUID.randomUUID();
        tx(i -> i.partner(p, manager));
        assertEquals(manager, dossier(p).project().managerId());
        assertEquals(Reason.MANAGER_ASSIGNED, refusal(() -> tx(i -> i.needsManager(p))));
        assertEquals(Reason.MANAGER_ASSIGNED, refusal(() -> tx(i -> i.partner(p, UUID.randomUUID()))));
        assertEquals(manager, dossier(p).project().managerId(), "the first manager stays");
    }

    @ParameterizedTest
    @EnumSource(ScenarioDatabase.Kind.class)
    void theDemoCohortHasProjectsAtEveryStageAndEveryDecisionItsReviews(ScenarioDatabase.Kind kind) {
        open(kind, true);
        UUID demo = UUID.fromString("00000000-0000-4000-8000-0000000c0001");
        Funnel f = inTransaction(em -> new FunnelStatistics(em, "CNY").funnel(demo));
        assertEquals(7, f.submitted());
        assertStage(f.stages().get(0), PocStage.IDEATION, 6, 1, 5, 0, "0.8333", Duration.ofDays(14), 50_000_000);
        assertStage(f.stages().get(1), PocStage.FEASIBILITY, 5, 1, 3, 1, "0.6000", Duration.ofHours(924), 40_000_000);
        assertStage(f.stages().get(2), PocStage.COMMERCIAL, 3, 1, 2, 0, "0.6667", Duration.ofDays(45), 60_000_000);
        assertStage(f.stages().get(3), PocStage.SCENARIO, 2, 1, 1, 0, "0.5000", Duration.ofDays(30), 100_000_000);
        for (var project : tx(i -> i.projects(null, 100, null)).items()) {
            Dossier d = dossier(project.id());
            for (Dossier.Ruling r : d.decisions()) {
                List<java.math.BigDecimal> counted =
                        tx(i -> i.countedReviews(project.id(), r.stage(), r.round())).stream()
                                .map(org.transferhub.incubation.domain.review.Review::weighted)
                                .toList();
                assertEquals(r.reviews(), counted.size(), project.title() + " " + r.stage());
                assertEquals(r.weightedScore(), Gates.mean(counted), project.title() + " " + r.stage());
            }
            for (Dossier.Scores s : d.reviews()) {
                assertEquals(
                        s.weighted(),
                        GATES.score(s.stage().name().toLowerCase(java.util.Locale.ROOT), s.scores())
                                .weighted());
            }
        }
    }
}
