package org.transferhub.talent.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.transferhub.kernel.problem.Refusal;
import org.transferhub.spi.event.DealEvents;
import org.transferhub.spi.event.HubEvent;
import org.transferhub.spi.talent.AssignmentRequest;
import org.transferhub.spi.talent.ManagerLevel;
import org.transferhub.talent.domain.certification.Certification;
import org.transferhub.talent.domain.manager.AffiliationKind;
import org.transferhub.talent.domain.manager.ManagerStatus;
import org.transferhub.talent.infrastructure.StandardGrade;
import org.transferhub.testkit.ScenarioDatabase;

/** The registry's rules through JPA on H2 and PostgreSQL, with the plugin's own migrations. */
class TalentTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final TalentRules RULES = new TalentRules(
            Map.of(ManagerLevel.JUNIOR, 48, ManagerLevel.INTERMEDIATE, 64, ManagerLevel.SENIOR, 80),
            Period.ofYears(3),
            40);

    @TempDir
    Path h2Dir;

    private ScenarioDatabase db;

    @AfterEach
    void close() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    private static Clock at(Instant t) {
        return Clock.fixed(t, ZoneOffset.UTC);
    }

    private <T> T registry(Clock clock, Function<Registry, T> work) {
        return db.inTransaction(em -> work.apply(new Registry(em, clock)));
    }

    private <T> T certifications(Clock clock, Function<Certifications, T> work) {
        return db.inTransaction(em -> work.apply(new Certifications(em, clock, RULES)));
    }

    private <T> T records(Function<TrackRecords, T> work) {
        return db.inTransaction(em -> work.apply(new TrackRecords(em, new StandardGrade(), new Registry(em, at(NOW)))));
    }

    private <T> T assignments(Clock clock, Function<Assignments, T> work) {
        return db.inTransaction(em -> {
            Registry registry = new Registry(em, clock);
            return work.apply(
                    new Assignments(em, clock, registry, new TrackRecords(em, new StandardGrade(), registry)));
        });
    }

    /** A manager registered and certified at {@code level} on NOW, valid three years. */
    private UUID certified(String user, String affiliation, ManagerLevel level, int capacity, String... fields) {
        UUID id = registry(at(NOW), r -> r.register(
                        user,
                        "Manager " + user,
                        affiliation,
                        AffiliationKind.SERVICE_ORGANISATION,
                        "demo",
                        List.of(fields),
                        List.of("zh", "en"),
                        capacity,
                        "+86 21 5555 0000",
                        "ID" + user.hashCode())
                .id());
        UUID application = certifications(
                at(NOW), c -> c.apply(id, Certification.Kind.CERTIFICATION, level, 90, List.of("CERT-" + user), user)
                        .id());
        certifications(at(NOW), c -> c.decide(application, true, null, "operator"));
        return id;
    }

    private static String kind(Runnable refused) {
        return assertThrows(Refusal.class, refused::run).kind();
    }

    private List<UUID> found(Clock clock, String field) {
        return registry(
                clock, r -> r
                        .search(new Registry.Search(List.of(field), null, null, null, null), Map.of(), 100, null)
                        .items()
                        .stream()
                        .map(m -> m.manager().id())
                        .toList());
    }

    @ParameterizedTest
    @EnumSource(ScenarioDatabase.Kind.class)
    void anExpiredOrSuspendedManagerIsNeverMatchedOrAssignedAndRenewalNeedsEnoughCredits(ScenarioDatabase.Kind kind) {
        db = ScenarioDatabase.open(kind, h2Dir, "talent", "talent-test");
        UUID active = certified("ann", "Lab A", ManagerLevel.SENIOR, 3, "BIOMEDICINE");
        UUID suspended = certified("bob", "Lab B", ManagerLevel.JUNIOR, 3, "BIOMEDICINE");
        UUID uncertified = registry(at(NOW), r -> r.register(
                        "cid",
                        "Cid",
                        "Lab C",
                        AffiliationKind.INSTITUTION,
                        "demo",
                        List.of("BIOMEDICINE"),
                        List.of("zh"),
                        3,
                        "+86 1",
                        "ID3")
                .id());
        assertEquals(
                "talent:not-enough-hours",
                kind(() -> certifications(
                        at(NOW),
                        c -> c.apply(
                                uncertified,
                                Certification.Kind.CERTIFICATION,
                                ManagerLevel.SENIOR,
                                79,
                                List.of("CERT"),
                                "cid"))));
        assertEquals(
                "talent:not-your-profile",
                kind(() -> certifications(
                        at(NOW),
                        c -> c.apply(
                                uncertified,
                                Certification.Kind.CERTIFICATION,
                                ManagerLevel.JUNIOR,
                                79,
                                List.of("CERT"),
                                "ann"))));
        registry(at(NOW), r -> r.suspend(suspended, "Complaint under review"));
        assertEquals(List.of(active), found(at(NOW), "BIOMEDICINE"), "neither the suspended nor the uncertified");

        // Three years and a day later the certification has run out, even before the expiry job marks it.
        Clock later = at(NOW.atZone(ZoneOffset.UTC).plusYears(3).plusDays(1).toInstant());
        assertEquals(List.of(), found(later, "BIOMEDICINE"));
        assertEquals(
                "talent:no-manager-available",
                kind(() -> assignments(
                        later,
                        a -> a.assign(
                                new AssignmentRequest(UUID.randomUUID(), "Elsewhere University", "BIOMEDICINE")))));
        assertEquals(
                1, (int) registry(later, Registry::expireDue), "the active one expires; the suspended stays suspended");
        assertEquals(
                ManagerStatus.EXPIRED, registry(later, r -> r.manager(active)).status());

        assertEquals(
                "talent:not-enough-hours",
                kind(() -> certifications(
                        later, c -> c.apply(active, Certification.Kind.RENEWAL, null, 39, List.of("CE-2029"), "ann"))),
                "39 of 40 credits");
        UUID renewal = certifications(
                later, c -> c.apply(active, Certification.Kind.RENEWAL, null, 40, List.of("CE-2029"), "ann")
                        .id());
        assertEquals(
                ManagerStatus.EXPIRED, registry(later, r -> r.manager(active)).status(), "not before it is verified");
        certifications(later, c -> c.decide(renewal, true, null, "operator"));
        assertEquals(
                ManagerStatus.ACTIVE, registry(later, r -> r.manager(active)).status());
        assertEquals(
                ManagerLevel.SENIOR, registry(later, r -> r.manager(active)).level());
        assertEquals(List.of(active), found(later, "BIOMEDICINE"));
        assertEquals(
                "talent:not-certified",
                kind(() -> certifications(
                        later, c -> c.apply(suspended, Certification.Kind.RENEWAL, null, 100, List.of("CE"), "bob"))),
                "a suspension is lifted by an operator, not by a renewal");
        assertEquals(
                "talent:already-done",
                kind(() -> certifications(later, c -> c.decide(renewal, false, "changed my mind", "operator"))),
                "a decision is final");
    }

    @ParameterizedTest
    @EnumSource(ScenarioDatabase.Kind.class)
    void pointsComeOnlyFromRecordedEventsEachOnceAndTheGradeIsTheHandComputedOne(ScenarioDatabase.Kind kind) {
        db = ScenarioDatabase.open(kind, h2Dir, "talent", "talent-test");
        UUID ann = certified("ann", "Lab A", ManagerLevel.SENIOR, 3, "BIOMEDICINE");
        String subject = DealEvents.manager(ann);
        List<HubEvent> log = List.of(
                event(1, DealEvents.PROJECT_ADVANCED, subject, Map.of("projectId", "p1", "stage", "IDEATION")),
                event(2, DealEvents.PROJECT_ADVANCED, subject, Map.of("projectId", "p1", "stage", "FEASIBILITY")),
                event(3, DealEvents.LICENCE_TAKEN_UP, subject, Map.of("licenceId", "l1")),
                // 3,456,789.00 yuan: 34 points (one per 100,000 yuan, rounded down)
                event(4, DealEvents.FINANCE_MATCHED, subject, Map.of("amount", "345678900", "currency", "CNY")),
                event(5, DealEvents.SERVICE_DELIVERED, DealEvents.user("ann"), Map.of("amount", "5000")),
                event(6, "vouchers.voucher-issued", subject, Map.of()), // no deal
                event(7, DealEvents.PROJECT_ADVANCED, DealEvents.manager(UUID.randomUUID()), Map.of()), // nobody here
                event(8, DealEvents.LICENCE_TAKEN_UP, DealEvents.user("stranger"), Map.of()),
                event(9, DealEvents.SERVICE_DELIVERED, DealEvents.user("ann"), Map.of("holdId", "h1")),
                event(10, DealEvents.SERVICE_REVERSED, DealEvents.user("ann"), Map.of("holdId", "h1")),
                event(11, DealEvents.SERVICE_REVERSED, DealEvents.user("ann"), Map.of("holdId", "never-credited")));
        assertEquals(7, (int) records(r -> r.read(log)));
        assertEquals(11, (long) records(TrackRecords::cursor));
        assertEquals(0, (int) records(r -> r.read(log)), "a page read again credits nothing");
        HubEvent resent = log.get(2);
        HubEvent again = new HubEvent(
                resent.id(), 12L, resent.source(), resent.type(), resent.subject(), resent.occurredAt(), resent.data());
        assertEquals(0, (int) records(r -> r.read(List.of(again))), "the same event under a new sequence counts once");
        assertEquals(12, (long) records(TrackRecords::cursor));

        TrackRecords.Grade grade = records(r -> r.grade(ann));
        assertEquals(10 + 10 + 20 + 34 + 2 + 2 - 2, grade.points(), "a reversed service takes its points back");
        assertEquals(3, grade.stars(), "50 to 99 points");
        assertEquals(7, grade.evidence().size(), "every point with its event");
        assertEquals(
                List.of(10, 10, 20, 34, 2, 2, -2),
                grade.evidence().stream().map(TrackRecords.Evidence::points).toList());
        assertEquals("standard", grade.formula());
    }

    @ParameterizedTest
    @EnumSource(ScenarioDatabase.Kind.class)
    void anAssignmentAvoidsTheProjectsInstitutionAndFullManagersAndIsOnePerProject(ScenarioDatabase.Kind kind) {
        db = ScenarioDatabase.open(kind, h2Dir, "talent", "talent-test");
        UUID best = certified("ann", "Demo University", ManagerLevel.SENIOR, 1, "NEW_MATERIALS");
        UUID other = certified("bob", "Transfer Centre", ManagerLevel.JUNIOR, 1, "NEW_MATERIALS");
        records(r -> r.read(List.of(event(1, DealEvents.LICENCE_TAKEN_UP, DealEvents.manager(best), Map.of()))));

        UUID project = UUID.randomUUID();
        var first = assignments(
                at(NOW), a -> a.assign(new AssignmentRequest(project, "demo university ", "NEW_MATERIALS")));
        assertEquals(other, first.managerId(), "not a manager of the project's own institution, whatever their points");
        assertEquals(
                first.id(),
                assignments(at(NOW), a -> a.assign(new AssignmentRequest(project, "Demo University", "NEW_MATERIALS")))
                        .id(),
                "asking again for the project answers its assignment");
        var elsewhere = assignments(
                at(NOW), a -> a.assign(new AssignmentRequest(UUID.randomUUID(), "Elsewhere", "NEW_MATERIALS")));
        assertEquals(best, elsewhere.managerId(), "the best-ranked with room");
        assertEquals(
                "talent:no-manager-available",
                kind(() -> assignments(
                        at(NOW),
                        a -> a.assign(new AssignmentRequest(UUID.randomUUID(), "Elsewhere", "NEW_MATERIALS")))),
                "both are at capacity");
        assignments(at(NOW), a -> a.release(first.id()));
        assertEquals(
                other,
                assignments(
                                at(NOW),
                                a -> a.assign(new AssignmentRequest(UUID.randomUUID(), "Elsewhere", "NEW_MATERIALS")))
                        .managerId(),
                "a release frees the place");
        UUID elsewhereProject = elsewhere.toSpi().projectId();
        assignments(at(NOW), a -> a.releaseFor(elsewhereProject));
        assertEquals(0, (long) assignments(at(NOW), a -> a.openAssignments(best)), "released by its project");
        assertEquals(
                "talent:unknown-assignment",
                kind(() -> assignments(at(NOW), a -> a.releaseFor(elsewhereProject))),
                "a project with no open assignment");
        assertFalse(found(at(NOW), "AEROSPACE").contains(best));
        assertTrue(found(at(NOW), "NEW_MATERIALS").containsAll(List.of(best, other)));
    }

    @ParameterizedTest
    @EnumSource(ScenarioDatabase.Kind.class)
    void aManagerFindsTheirOwnProfileApplicationsAndAssignmentsAndOperatorsSeeTheWholeRegistry(
            ScenarioDatabase.Kind kind) {
        db = ScenarioDatabase.open(kind, h2Dir, "talent", "talent-test");
        assertEquals("talent:unknown-manager", kind(() -> registry(at(NOW), r -> r.mine("ann"))), "not registered yet");
        UUID ann = certified("ann", "Lab A", ManagerLevel.SENIOR, 3, "BIOMEDICINE");
        UUID bob = certified("bob", "Lab B", ManagerLevel.JUNIOR, 3, "BIOMEDICINE");
        assertEquals(ann, registry(at(NOW), r -> r.mine("ann").id()));
        assertEquals(
                "talent:not-your-profile",
                kind(() -> registry(at(NOW), r -> r.readableBy(ann, "bob", false))),
                "a manager reads only their own");
        assertEquals(
                ann, registry(at(NOW), r -> r.readableBy(ann, "operator", true).id()));

        Clock later = at(NOW.plusSeconds(60));
        UUID rejected =
                certifications(later, c -> c.apply(ann, Certification.Kind.RENEWAL, null, 50, List.of("CE-1"), "ann")
                        .id());
        certifications(later, c -> c.decide(rejected, false, "Records unreadable", "operator"));
        var mine = certifications(later, c -> c.of(ann, 1, null));
        assertEquals(
                List.of(rejected), mine.items().stream().map(Certification::id).toList(), "newest first");
        assertEquals("Records unreadable", mine.items().get(0).reason());
        var next = certifications(later, c -> c.of(ann, 1, mine.nextCursor()));
        assertEquals(Certification.Kind.CERTIFICATION, next.items().get(0).kind());
        assertEquals(null, next.nextCursor());

        UUID project = UUID.randomUUID();
        var first = assignments(at(NOW), a -> a.assign(new AssignmentRequest(project, "Elsewhere", "BIOMEDICINE")));
        UUID manager = first.managerId();
        assignments(at(NOW), a -> a.release(first.id()));
        var second =
                assignments(later, a -> a.assign(new AssignmentRequest(UUID.randomUUID(), "Elsewhere", "BIOMEDICINE")));
        assertEquals(manager, second.managerId());
        assertEquals(
                List.of(second.id(), first.id()),
                assignments(at(NOW), a -> a.of(manager, null, 10, null)).items().stream()
                        .map(a -> a.id())
                        .toList(),
                "open ones first");
        assertEquals(
                List.of(first.id()),
                assignments(at(NOW), a -> a.of(manager, false, 10, null)).items().stream()
                        .map(a -> a.id())
                        .toList());
        assertTrue(assignments(at(NOW), a -> a.of(manager, true, 10, null)).items().stream()
                .allMatch(a -> a.releasedAt() == null));

        registry(at(NOW), r -> r.suspend(bob, "Complaint under review"));
        Registry.Search any = new Registry.Search(null, null, null, null, null);
        assertEquals(
                List.of(bob),
                registry(at(NOW), r -> r.all(any, ManagerStatus.SUSPENDED, 10, null).items().stream()
                        .map(m -> m.id())
                        .toList()),
                "the suspended are in the registry, though no search finds them");
        assertEquals(
                List.of(ann),
                registry(
                        at(NOW), r -> r
                                .all(new Registry.Search(null, null, ManagerLevel.SENIOR, null, null), null, 10, null)
                                .items()
                                .stream()
                                .map(m -> m.id())
                                .toList()));
        assertEquals(List.of(ann), found(at(NOW), "BIOMEDICINE"));
    }

    private static HubEvent event(long sequence, String type, String subject, Map<String, String> data) {
        return new HubEvent(
                UUID.nameUUIDFromBytes(("event " + sequence).getBytes()),
                sequence,
                type.substring(0, type.indexOf('.')),
                type,
                subject,
                NOW.plusSeconds(sequence),
                data);
    }
}
