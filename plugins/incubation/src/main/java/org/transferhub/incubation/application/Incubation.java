package org.transferhub.incubation.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.transferhub.incubation.application.IncubationRefused.Reason;
import org.transferhub.incubation.domain.programme.Programme;
import org.transferhub.incubation.domain.programme.ProgrammeStage;
import org.transferhub.incubation.domain.project.FundingGrant;
import org.transferhub.incubation.domain.project.KpiReport;
import org.transferhub.incubation.domain.project.Milestone;
import org.transferhub.incubation.domain.project.Outcome;
import org.transferhub.incubation.domain.project.Project;
import org.transferhub.incubation.domain.project.StagePassage;
import org.transferhub.incubation.domain.review.Decision;
import org.transferhub.incubation.domain.review.Review;
import org.transferhub.incubation.domain.review.ReviewerAssignment;
import org.transferhub.spi.Page;
import org.transferhub.spi.incubation.PocStage;
import org.transferhub.spi.incubation.ProjectStatus;
import org.transferhub.spi.incubation.ProjectSummary;
import org.transferhub.spi.incubation.gate.GateRule;

/**
 * The incubation service's use cases, each in the caller's transaction: programmes set up,
 * projects submitted and screened, reviewed and decided gate by gate, funded within each stage's
 * cap, reported on by their teams, and their outcomes recorded. Every change to a project locks its
 * row first, so two requests on one project queue and neither sees a stale stage or round.
 */
public class Incubation {

    private final EntityManager em;
    private final Clock clock;
    private final Gates gates;
    private final int reviewsRequired;

    /** @param reviewsRequired the non-conflicted reviews a round needs before the committee decides */
    public Incubation(EntityManager em, Clock clock, Gates gates, int reviewsRequired) {
        this.em = em;
        this.clock = clock;
        this.gates = gates;
        this.reviewsRequired = reviewsRequired;
    }

    /** One stage of a programme to create. */
    public record StagePlan(
            PocStage stage,
            LocalDate deadline,
            long fundingCap,
            String scorecard,
            String gateRule,
            String gateParameter) {}

    /** Creates a programme with its four stages: each once, deadlines in stage order, installed scorecards and rules. */
    public Programme createProgramme(String name, String currency, List<StagePlan> plans, String by) {
        List<String> problems = new ArrayList<>();
        List<StagePlan> ordered =
                plans.stream().sorted(Comparator.comparing(StagePlan::stage)).toList();
        List<PocStage> stages = ordered.stream().map(StagePlan::stage).toList();
        if (!stages.equals(List.of(PocStage.values()))) {
            problems.add(
                    "a programme has each of the four stages once (IDEATION, FEASIBILITY, COMMERCIAL, SCENARIO); got "
                            + stages);
        }
        for (int i = 0; i < ordered.size(); i++) {
            StagePlan p = ordered.get(i);
            if (p.fundingCap() < 0) {
                problems.add(p.stage() + ": the funding cap is not negative");
            }
            if (i > 0 && p.deadline().isBefore(ordered.get(i - 1).deadline())) {
                problems.add(p.stage() + ": its deadline (" + p.deadline() + ") is before the previous stage's ("
                        + ordered.get(i - 1).deadline() + ")");
            }
            gates.problems(p.scorecard(), p.gateRule(), p.gateParameter())
                    .forEach(problem -> problems.add(p.stage() + ": " + problem));
        }
        if (!problems.isEmpty()) {
            throw new IncubationRefused(Reason.INVALID_PROGRAMME, String.join("; ", problems) + ".");
        }
        Programme programme = new Programme(name, currency, by, clock.instant());
        em.persist(programme);
        for (StagePlan p : ordered) {
            em.persist(new ProgrammeStage(
                    programme.id(),
                    p.stage(),
                    p.deadline(),
                    p.fundingCap(),
                    p.scorecard(),
                    p.gateRule(),
                    p.gateRule() == null ? null : p.gateParameter()));
        }
        return programme;
    }

    public Programme programme(UUID id) {
        Programme p = em.find(Programme.class, id);
        if (p == null) {
            throw new IncubationRefused(Reason.UNKNOWN_PROGRAMME, "There is no programme " + id + ".");
        }
        return p;
    }

    /** The programme's stages, in order. */
    public List<ProgrammeStage> stages(UUID programmeId) {
        // In the stages' order, not the database's order of their names.
        return em
                .createQuery("select s from ProgrammeStage s where s.programmeId = :p", ProgrammeStage.class)
                .setParameter("p", programmeId)
                .getResultList()
                .stream()
                .sorted(Comparator.comparing(ProgrammeStage::stage))
                .toList();
    }

    private ProgrammeStage stage(UUID programmeId, PocStage stage) {
        return stages(programmeId).stream()
                .filter(s -> s.stage() == stage)
                .findFirst()
                .orElseThrow();
    }

    /** What a team submits: a project built on a research result. */
    public record Submission(
            String title,
            String institution,
            List<String> team,
            String field,
            int trl,
            List<String> ipReferences,
            long requestedFunding) {}

    /** Submits a project to a programme; it waits for intake screening. */
    public Project submit(UUID programmeId, Submission s, String applicant) {
        Programme programme = programme(programmeId);
        Project p = new Project(
                programmeId,
                s.title(),
                s.institution(),
                s.team(),
                s.field(),
                s.trl(),
                s.ipReferences(),
                s.requestedFunding(),
                programme.currency(),
                applicant,
                clock.instant());
        em.persist(p);
        return p;
    }

    /** The project with this id; refused when there is none. */
    public Project project(UUID id) {
        Project p = em.find(Project.class, id);
        if (p == null) {
            throw new IncubationRefused(Reason.UNKNOWN_PROJECT, "There is no project " + id + ".");
        }
        return p;
    }

    /** The project, its row locked for a change. */
    private Project locked(UUID id) {
        project(id); // refused when unknown, before taking a lock
        return em.find(Project.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The team's own project: {@code applicant} must be who submitted it. */
    public Project ownProject(UUID id, String applicant) {
        Project p = project(id);
        if (!p.applicant().equals(applicant)) {
            throw new IncubationRefused(
                    Reason.NOT_YOUR_PROJECT, "Project " + id + " is reported on by the team that submitted it.");
        }
        return p;
    }

    /** Intake screening: admitted projects enter IDEATION, the others are out, with the reason either way. */
    public Project screen(UUID id, boolean admit, String reason, String by) {
        Project p = locked(id);
        if (p.status() != ProjectStatus.SCREENING) {
            throw new IncubationRefused(
                    Reason.ALREADY_SCREENED, "Project " + id + " was screened already; it is " + p.status() + ".");
        }
        Instant now = clock.instant();
        p.screen(admit, by, reason, now);
        if (admit) {
            em.persist(new StagePassage(p.id(), p.stage(), now));
        }
        return p;
    }

    /**
     * Assigns a reviewer to the project's current stage. A reviewer of the project's own institution
     * has a conflict of interest and is refused.
     */
    public ReviewerAssignment assignReviewer(UUID id, PocStage stage, String reviewer, String institution, String by) {
        Project p = atStage(locked(id), stage);
        if (sameInstitution(institution, p.institution())) {
            throw new IncubationRefused(
                    Reason.CONFLICTED_REVIEWER,
                    reviewer + " is of " + institution
                            + ", the project's own institution: assign a reviewer without a conflict of interest.");
        }
        if (assignment(id, stage, reviewer) != null) {
            throw new IncubationRefused(
                    Reason.ALREADY_ASSIGNED, reviewer + " is assigned to project " + id + " at " + stage + " already.");
        }
        ReviewerAssignment a = new ReviewerAssignment(id, stage, reviewer, institution, by, clock.instant());
        em.persist(a);
        return a;
    }

    private static boolean sameInstitution(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    /** A reviewer declares a conflict of interest: from now on they are excluded and their scores are not counted. */
    public ReviewerAssignment declareConflict(UUID id, PocStage stage, String reviewer, String reason) {
        Project p = atStage(locked(id), stage);
        ReviewerAssignment a = assigned(p, stage, reviewer);
        if (!a.conflicted()) {
            a.declareConflict(reason, clock.instant());
        }
        return a;
    }

    /** A reviewer's scores on the current round of the project's stage: once per round, never when conflicted. */
    public Review score(UUID id, PocStage stage, String reviewer, Map<String, Integer> points, String comment) {
        Project p = atStage(locked(id), stage);
        ReviewerAssignment a = assigned(p, stage, reviewer);
        if (a.conflicted()) {
            throw new IncubationRefused(
                    Reason.CONFLICT_OF_INTEREST,
                    reviewer + " declared a conflict of interest on project " + id
                            + " and is excluded from its review.");
        }
        boolean reviewed = !em.createQuery(
                        "select r.id from Review r where r.projectId = :p and r.stage = :s and r.round = :round and r.reviewer = :who",
                        UUID.class)
                .setParameter("p", id)
                .setParameter("s", stage)
                .setParameter("round", p.round())
                .setParameter("who", reviewer)
                .getResultList()
                .isEmpty();
        if (reviewed) {
            throw new IncubationRefused(
                    Reason.ALREADY_REVIEWED,
                    reviewer + " has reviewed round " + p.round() + " of " + stage + " already; a review is final.");
        }
        Gates.Scored scored = gates.score(stage(p.programmeId(), stage).scorecard(), points);
        Review r = new Review(
                id, stage, p.round(), reviewer, scored.points(), scored.weighted(), comment, clock.instant());
        em.persist(r);
        return r;
    }

    /** The reviews that count for a round: those of reviewers who have not declared a conflict. */
    public List<Review> countedReviews(UUID id, PocStage stage, int round) {
        return em.createQuery(
                        "select r from Review r, ReviewerAssignment a where r.projectId = :p and r.stage = :s and r.round = :round"
                                + " and a.projectId = r.projectId and a.stage = r.stage and a.reviewer = r.reviewer"
                                + " and a.declaredAt is null order by r.submittedAt, r.reviewer",
                        Review.class)
                .setParameter("p", id)
                .setParameter("s", stage)
                .setParameter("round", round)
                .getResultList();
    }

    /**
     * The committee's decision on the round it names: with enough counted reviews, a written reason,
     * and for ADVANCE the stage's gate rule met. Once made it stands; the round cannot be decided again.
     */
    public Decision decide(UUID id, PocStage stage, int round, Decision.Outcome outcome, String reason, String by) {
        Project p = atStage(locked(id), stage);
        if (round != p.round()) {
            throw new IncubationRefused(
                    round < p.round() ? Reason.ALREADY_DECIDED : Reason.WRONG_ROUND,
                    round < p.round()
                            ? "Round " + round + " of " + stage
                                    + " was decided already; a decision stands. The project is in round " + p.round()
                                    + "."
                            : "Project " + id + " is in round " + p.round() + " of " + stage + ", not " + round + ".");
        }
        List<Review> reviews = countedReviews(id, stage, round);
        if (reviews.size() < reviewsRequired) {
            throw new IncubationRefused(
                    Reason.NOT_ENOUGH_REVIEWS,
                    "Round " + round + " of " + stage + " has " + reviews.size()
                            + " review(s) from reviewers without a conflict of interest; the committee decides with "
                            + reviewsRequired + ".");
        }
        BigDecimal score = Gates.mean(reviews.stream().map(Review::weighted).toList());
        ProgrammeStage plan = stage(p.programmeId(), stage);
        if (outcome == Decision.Outcome.ADVANCE) {
            GateRule.Verdict v = gates.verdict(
                    plan.gateRule(),
                    plan.gateParameter(),
                    new GateRule.Evidence(stage, p.trl(), score, reviews.size()));
            if (!v.met()) {
                throw new IncubationRefused(
                        Reason.GATE_NOT_MET, "The " + stage + " gate is not met: " + v.explanation() + ".");
            }
        }
        Instant now = clock.instant();
        Decision d = new Decision(id, stage, round, outcome, reason, score, reviews.size(), by, now);
        em.persist(d);
        StagePassage passage = passage(id, stage);
        switch (outcome) {
            case ADVANCE -> {
                passage.leave(outcome, now);
                p.advance();
                if (p.status() == ProjectStatus.ACTIVE) {
                    em.persist(new StagePassage(id, p.stage(), now));
                }
            }
            case REJECT -> {
                passage.leave(outcome, now);
                p.reject();
            }
            case REVISE -> p.revise();
        }
        em.flush(); // the unique key on (project, stage, round) speaks now, inside the request
        return d;
    }

    /** Funds the project at its current stage; what it is granted at a stage never exceeds the stage's cap. */
    public FundingGrant fund(UUID id, PocStage stage, long amount, String currency, String purpose, String by) {
        Project p = atStage(locked(id), stage);
        if (!currency.equals(p.currency())) {
            throw new IncubationRefused(
                    Reason.CURRENCY_MISMATCH, "This programme funds in " + p.currency() + ", not " + currency + ".");
        }
        long cap = stage(p.programmeId(), stage).fundingCap();
        long granted = granted(id, stage);
        if (amount <= 0 || granted + amount > cap) {
            throw new IncubationRefused(
                    Reason.OVER_CAP,
                    "At " + stage + " a project is granted at most " + cap + " minor units; " + granted
                            + " are granted, " + amount + " asked.");
        }
        FundingGrant g = new FundingGrant(id, stage, amount, currency, purpose, by, clock.instant());
        em.persist(g);
        return g;
    }

    /** What a project has been granted at a stage. */
    public long granted(UUID id, PocStage stage) {
        Long sum = em.createQuery(
                        "select sum(g.amount) from FundingGrant g where g.projectId = :p and g.stage = :s", Long.class)
                .setParameter("p", id)
                .setParameter("s", stage)
                .getSingleResult();
        return sum == null ? 0 : sum;
    }

    /** The technology manager the talent registry assigned; a parallel request's manager, under the lock, stays. */
    public Project partner(UUID id, UUID managerId) {
        locked(id);
        Project p = needsManager(id);
        p.manager(managerId);
        return p;
    }

    /** Refuses a second manager before the talent registry is asked. */
    public Project needsManager(UUID id) {
        Project p = project(id);
        if (p.summary().managerId() != null) {
            throw new IncubationRefused(
                    Reason.MANAGER_ASSIGNED,
                    "Project " + id + " is partnered by technology manager "
                            + p.summary().managerId() + " already.");
        }
        if (p.status() == ProjectStatus.REJECTED) {
            throw new IncubationRefused(Reason.NOT_ACTIVE, "Project " + id + " was rejected; it needs no manager.");
        }
        return p;
    }

    public Milestone addMilestone(UUID id, String title, LocalDate dueOn, String applicant) {
        ownProject(id, applicant);
        Milestone m = new Milestone(id, title, dueOn);
        em.persist(m);
        return m;
    }

    public Milestone achieve(UUID id, UUID milestoneId, LocalDate on, String applicant) {
        ownProject(id, applicant);
        Milestone m = em.find(Milestone.class, milestoneId);
        if (m == null || !m.projectId().equals(id)) {
            throw new IncubationRefused(
                    Reason.UNKNOWN_MILESTONE, "Project " + id + " has no milestone " + milestoneId + ".");
        }
        if (m.achievedOn() != null) {
            throw new IncubationRefused(
                    Reason.ALREADY_ACHIEVED, "Milestone " + milestoneId + " was achieved on " + m.achievedOn() + ".");
        }
        m.achieved(on);
        return m;
    }

    /** The team's KPIs for one period; one report per period, final once sent. */
    public KpiReport report(
            UUID id,
            String period,
            int prototypes,
            int pilotCustomers,
            long revenue,
            long fundingRaised,
            String currency,
            String note,
            String applicant) {
        Project p = ownProject(id, applicant);
        if (!currency.equals(p.currency())) {
            throw new IncubationRefused(
                    Reason.CURRENCY_MISMATCH, "This project reports in " + p.currency() + ", not " + currency + ".");
        }
        boolean reported = !em.createQuery(
                        "select k.id from KpiReport k where k.projectId = :p and k.period = :period", UUID.class)
                .setParameter("p", id)
                .setParameter("period", period)
                .getResultList()
                .isEmpty();
        if (reported) {
            throw new IncubationRefused(
                    Reason.ALREADY_REPORTED, "Project " + id + " has reported for " + period + " already.");
        }
        KpiReport k = new KpiReport(
                id,
                period,
                prototypes,
                pilotCustomers,
                revenue,
                fundingRaised,
                currency,
                note,
                applicant,
                clock.instant());
        em.persist(k);
        return k;
    }

    /** Records an outcome of an admitted project, at any time, also after its programme ended. */
    public Outcome record(
            UUID id,
            Outcome.Kind kind,
            String counterpart,
            Long amount,
            Long valuation,
            String currency,
            LocalDate occurredOn,
            String by) {
        Project p = project(id);
        if (passages(id).isEmpty()) {
            throw new IncubationRefused(
                    Reason.NOT_ACTIVE,
                    "Project " + id + " was never admitted to the programme; it has no outcomes here.");
        }
        if (!currency.equals(p.currency())) {
            throw new IncubationRefused(
                    Reason.CURRENCY_MISMATCH,
                    "This project's amounts are in " + p.currency() + ", not " + currency + ".");
        }
        if (kind == Outcome.Kind.INVESTMENT && amount == null
                || amount != null && amount <= 0
                || valuation != null && valuation <= 0) {
            throw new IncubationRefused(
                    Reason.INVALID_OUTCOME,
                    "An investment states the amount raised; amounts and valuations are positive minor units.");
        }
        Outcome o = new Outcome(id, kind, counterpart, amount, valuation, currency, occurredOn, by, clock.instant());
        em.persist(o);
        return o;
    }

    /** Projects ordered by id, optionally at one stage; the cursor is the last id of the previous page. */
    public Page<ProjectSummary> projects(PocStage stage, int limit, UUID after) {
        // Only the filters given are bound: neither database types a null parameter reliably.
        var query = em.createQuery(
                        "select p from Project p where 1 = 1" + (stage == null ? "" : " and p.stage = :stage")
                                + (after == null ? "" : " and p.id > :after") + " order by p.id",
                        Project.class)
                .setMaxResults(limit + 1);
        if (stage != null) {
            query.setParameter("stage", stage);
        }
        if (after != null) {
            query.setParameter("after", after);
        }
        List<Project> rows = query.getResultList();
        List<ProjectSummary> items =
                rows.stream().limit(limit).map(Project::summary).toList();
        return new Page<>(items, rows.size() > limit ? items.get(limit - 1).id().toString() : null);
    }

    /** The region's programmes ordered by id; the cursor is the last id of the previous page. */
    public Page<Programme> programmes(int limit, UUID after) {
        List<Programme> rows = page("select x from Programme x where 1 = 1", Programme.class, Map.of(), after, limit);
        return cut(rows, limit, Programme::id);
    }

    /** The projects submitted to one programme (refused when it does not exist), in id order. */
    public Page<ProjectSummary> projectsOf(UUID programmeId, int limit, UUID after) {
        programme(programmeId);
        return summaries(
                page(
                        "select x from Project x where x.programmeId = :owner",
                        Project.class,
                        Map.of("owner", programmeId),
                        after,
                        limit),
                limit);
    }

    /** The projects a team submitted ({@code applicant} is who submitted them), in id order. */
    public Page<ProjectSummary> submittedBy(String applicant, int limit, UUID after) {
        return summaries(
                page(
                        "select x from Project x where x.applicant = :owner",
                        Project.class,
                        Map.of("owner", applicant),
                        after,
                        limit),
                limit);
    }

    private static Page<ProjectSummary> summaries(List<Project> rows, int limit) {
        Page<Project> page = cut(rows, limit, Project::id);
        return new Page<>(page.items().stream().map(Project::summary).toList(), page.nextCursor());
    }

    /**
     * A reviewer's assignment, as the reviewer's list shows it.
     *
     * @param round the project's current round
     * @param open the project is ACTIVE at the assignment's stage: its gate is still to be decided
     * @param reviewed the reviewer has scored the current round of the stage (of any round once it is closed)
     * @param reviewable the reviewer can score now: open, no conflict declared, not reviewed
     */
    public record ReviewerTask(
            UUID id,
            ProjectSummary project,
            PocStage stage,
            int round,
            Instant assignedAt,
            boolean open,
            boolean conflicted,
            boolean reviewed,
            boolean reviewable) {}

    /** A reviewer's assignments in id order; {@code openOnly}: only those whose gate is still to be decided. */
    public Page<ReviewerTask> assignmentsOf(String reviewer, boolean openOnly, int limit, UUID after) {
        String open =
                "(select p.id from Project p where p.id = x.projectId and p.stage = x.stage and p.status = :active)";
        Map<String, Object> params = new java.util.HashMap<>(Map.of("owner", reviewer));
        if (openOnly) {
            params.put("active", ProjectStatus.ACTIVE);
        }
        List<ReviewerAssignment> rows = page(
                "select x from ReviewerAssignment x where x.reviewer = :owner"
                        + (openOnly ? " and exists " + open : ""),
                ReviewerAssignment.class,
                params,
                after,
                limit);
        Page<ReviewerAssignment> page = cut(rows, limit, ReviewerAssignment::id);
        return new Page<>(page.items().stream().map(this::task).toList(), page.nextCursor());
    }

    private ReviewerTask task(ReviewerAssignment a) {
        Project p = project(a.projectId());
        boolean open = p.status() == ProjectStatus.ACTIVE && p.stage() == a.stage();
        var query = em.createQuery(
                        "select r.id from Review r where r.projectId = :p and r.stage = :s and r.reviewer = :who"
                                + (open ? " and r.round = :round" : ""),
                        UUID.class)
                .setParameter("p", p.id())
                .setParameter("s", a.stage())
                .setParameter("who", a.reviewer());
        if (open) {
            query.setParameter("round", p.round());
        }
        boolean reviewed = !query.getResultList().isEmpty();
        return new ReviewerTask(
                a.id(),
                p.summary(),
                a.stage(),
                p.round(),
                a.assignedAt(),
                open,
                a.conflicted(),
                reviewed,
                open && !a.conflicted() && !reviewed);
    }

    /** The first {@code limit} rows, and the last one's id as the cursor when there are more. */
    private static <T> Page<T> cut(List<T> rows, int limit, java.util.function.Function<T, UUID> id) {
        List<T> items = rows.stream().limit(limit).toList();
        return new Page<>(
                items, rows.size() > limit ? id.apply(items.get(limit - 1)).toString() : null);
    }

    /** One page of {@code select x from ... where ...}, in id order after the cursor; one row more tells a next page. */
    private <T> List<T> page(String query, Class<T> type, Map<String, Object> params, UUID after, int limit) {
        var q = em.createQuery(query + (after == null ? "" : " and x.id > :after") + " order by x.id", type)
                .setMaxResults(limit + 1);
        params.forEach(q::setParameter);
        if (after != null) {
            q.setParameter("after", after);
        }
        return q.getResultList();
    }

    /** Refuses a reviewer who is assigned to the project at no stage. */
    public void requireReviewer(UUID id, String reviewer) {
        project(id);
        boolean assigned = !em.createQuery(
                        "select a.id from ReviewerAssignment a where a.projectId = :p and a.reviewer = :who",
                        UUID.class)
                .setParameter("p", id)
                .setParameter("who", reviewer)
                .getResultList()
                .isEmpty();
        if (!assigned) {
            throw new IncubationRefused(
                    Reason.NOT_ASSIGNED, reviewer + " is not assigned to review project " + id + ".");
        }
    }

    /** The project's whole file. */
    public Dossier dossier(UUID id) {
        return Dossier.of(em, project(id), passages(id));
    }

    public List<StagePassage> passages(UUID id) {
        return em.createQuery(
                        "select s from StagePassage s where s.projectId = :p order by s.enteredAt", StagePassage.class)
                .setParameter("p", id)
                .getResultList();
    }

    private StagePassage passage(UUID id, PocStage stage) {
        return passages(id).stream().filter(s -> s.stage() == stage).findFirst().orElseThrow();
    }

    /** The project must be ACTIVE at {@code stage}: no stage is skipped, none is gone back to. */
    private static Project atStage(Project p, PocStage stage) {
        if (p.status() != ProjectStatus.ACTIVE) {
            throw new IncubationRefused(
                    Reason.NOT_ACTIVE,
                    "Project " + p.id() + " is " + p.status()
                            + (p.status() == ProjectStatus.SCREENING
                                    ? "; screen it first."
                                    : "; its gates are closed."));
        }
        if (p.stage() != stage) {
            throw new IncubationRefused(
                    Reason.WRONG_STAGE,
                    "Project " + p.id() + " is at " + p.stage() + ", not " + stage
                            + ": a project passes the stages in order, one gate at a time.");
        }
        return p;
    }

    private ReviewerAssignment assignment(UUID id, PocStage stage, String reviewer) {
        return em.createQuery(
                        "select a from ReviewerAssignment a where a.projectId = :p and a.stage = :s and a.reviewer = :who",
                        ReviewerAssignment.class)
                .setParameter("p", id)
                .setParameter("s", stage)
                .setParameter("who", reviewer)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private ReviewerAssignment assigned(Project p, PocStage stage, String reviewer) {
        ReviewerAssignment a = assignment(p.id(), stage, reviewer);
        if (a == null) {
            throw new IncubationRefused(
                    Reason.NOT_ASSIGNED,
                    reviewer + " is not assigned to review project " + p.id() + " at " + stage + ".");
        }
        return a;
    }
}
