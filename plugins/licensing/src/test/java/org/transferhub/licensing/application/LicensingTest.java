package org.transferhub.licensing.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.transferhub.licensing.application.LicensingRefused.Reason;
import org.transferhub.licensing.domain.catalogue.Offer;
import org.transferhub.licensing.domain.catalogue.Patent;
import org.transferhub.licensing.domain.licence.Licence;
import org.transferhub.licensing.domain.royalty.Invoice;
import org.transferhub.licensing.infrastructure.schedules.InstalledSchedules;
import org.transferhub.spi.licensing.LicenceSummary.LicenceKind;
import org.transferhub.spi.licensing.LicenceSummary.LicenceStatus;
import org.transferhub.spi.money.Money;
import org.transferhub.testkit.ScenarioDatabase;

/**
 * The licensing rules on H2 and on PostgreSQL with the real migration: publication needs every
 * co-owner's consent and the region's caps, every licensee gets the same terms, trials convert or
 * end at their exact deadline, and reports are billed by the hand-computed table of
 * {@code RoyaltyArithmeticTest}.
 */
class LicensingTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final List<String> OWNERS = List.of("示范大学 Demo University", "Dr. Li", "Dr. Wang");

    @TempDir
    Path h2Dir;

    private ScenarioDatabase db;
    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private Rules rules = Rules.defaults();

    @AfterEach
    void close() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    private void open(ScenarioDatabase.Kind kind) {
        open(kind, false);
    }

    private void open(ScenarioDatabase.Kind kind, boolean demo) {
        db = ScenarioDatabase.open(kind, h2Dir, "licensing", "licensing-test", demo);
    }

    private void at(String instant) {
        clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    /** Runs one operation in its own transaction, as one request does; a refusal rolls it back. */
    private <T> T tx(Function<EntityManager, T> work) {
        return db.inTransaction(work);
    }

    private <T> T catalogue(Function<Catalogue, T> work) {
        return tx(em -> work.apply(new Catalogue(em, clock, rules, InstalledSchedules.all())));
    }

    private <T> T licences(Function<Licences, T> work) {
        return tx(em -> work.apply(new Licences(em, clock, rules)));
    }

    private <T> T royalties(Function<Royalties, T> work) {
        return tx(em -> work.apply(new Royalties(em, clock, rules, InstalledSchedules.all())));
    }

    private static Reason refusal(Executable call) {
        return assertThrows(LicensingRefused.class, call).reason();
    }

    private UUID patent(String number, Patent.Kind kind, String evaluationReport, UUID voucherProvider) {
        return catalogue(c -> c.addPatent(new Patent(
                        number,
                        "一种锂电池隔膜涂层 Coating for battery separators",
                        kind,
                        OWNERS,
                        LocalDate.parse("2040-03-01"),
                        "new energy",
                        "A ceramic coating that keeps separators stable at high temperature.",
                        evaluationReport,
                        voucherProvider,
                        clock.instant()))
                .id());
    }

    private static Offer.Terms terms(
            LicenceKind kind, String schedule, Map<String, String> parameters, Long minimum, Long cap, int months) {
        return new Offer.Terms(kind, schedule, parameters, "CNY", minimum, cap, months, null, "battery manufacturing");
    }

    /** An offer on the patent, consented by every co-owner and published. */
    private UUID published(UUID patent, Offer.Terms terms) {
        UUID offer = catalogue(c -> c.offer(patent, terms).id());
        for (String owner : OWNERS) {
            catalogue(c -> c.consent(offer, owner));
        }
        return catalogue(c -> c.publish(offer).id());
    }

    private static final Map<String, String> TIERS = Map.of("tiers", "0:500,100000000:300");

    @ParameterizedTest
    @EnumSource(ScenarioDatabase.Kind.class)
    void noLicenceWithoutEveryCoOwnersConsentOrOverTheCapsAndEqualTermsForAll(ScenarioDatabase.Kind kind) {
        open(kind);
        assertEquals(
                List.of("lump-sum", "net-sales", "per-unit", "profit"),
                List.copyOf(InstalledSchedules.all().keySet()),
                "the shipped schedules, found with ServiceLoader");
        UUID patent = patent("ZL202310000001.1", Patent.Kind.INVENTION, null, null);

        // Over the region's caps (20% of net sales, 40% of profit): refused, nothing written.
        assertEquals(
                Reason.OVER_REGION_CAP,
                refusal(() -> catalogue(c -> c.offer(
                        patent,
                        terms(LicenceKind.OPEN_LICENCE, "net-sales", Map.of("tiers", "0:2001"), null, null, 12)))));
        assertEquals(
                Reason.OVER_REGION_CAP,
                refusal(() -> catalogue(c -> c.offer(
                        patent,
                        terms(
                                LicenceKind.OPEN_LICENCE,
                                "profit",
                                Map.of("tiers", "0:1000,500:4001"),
                                null,
                                null,
                                12)))));
        assertEquals(
                Reason.INVALID_TERMS,
                refusal(() -> catalogue(c -> c.offer(
                        patent,
                        terms(LicenceKind.OPEN_LICENCE, "net-sales", Map.of("tiers", "5:100"), null, null, 12)))));
        assertEquals(
                Reason.INVALID_TERMS,
                refusal(() -> catalogue(c ->
                        c.offer(patent, terms(LicenceKind.OPEN_LICENCE, "sliding-scale", Map.of(), null, null, 12)))));
        assertEquals(
                Reason.INVALID_TERMS,
                refusal(() -> catalogue(
                        c -> c.offer(patent, terms(LicenceKind.OPEN_LICENCE, "net-sales", TIERS, 50L, 10L, 12)))));
        assertEquals(0, catalogue(c -> c.offers(false, 10, null)).items().size(), "nothing was written");
        // At the caps exactly: allowed. The region can lower them.
        catalogue(c ->
                c.offer(patent, terms(LicenceKind.OPEN_LICENCE, "profit", Map.of("tiers", "0:4000"), null, null, 12)));
        rules = new Rules(1000, 4000, 365, 3, 30, 30, 5000, false);
        assertEquals(
                Reason.OVER_REGION_CAP,
                refusal(() -> catalogue(c -> c.offer(
                        patent,
                        terms(LicenceKind.OPEN_LICENCE, "net-sales", Map.of("tiers", "0:1001"), null, null, 12)))));
        rules = Rules.defaults();

        UUID offer = catalogue(c -> c.offer(
                        patent, terms(LicenceKind.OPEN_LICENCE, "net-sales", Map.of("tiers", "0:2000"), null, null, 24))
                .id());
        assertEquals(Reason.NOT_PUBLISHED, refusal(() -> licences(l -> l.takeUp(offer, "sme-1", null))), "a draft");
        assertEquals(Reason.NOT_AN_OWNER, refusal(() -> catalogue(c -> c.consent(offer, "Dr. Zhao"))));
        catalogue(c -> c.consent(offer, OWNERS.get(0)));
        catalogue(c -> c.consent(offer, OWNERS.get(0))); // twice is once
        catalogue(c -> c.consent(offer, OWNERS.get(2)));
        LicensingRefused missing = assertThrows(LicensingRefused.class, () -> catalogue(c -> c.publish(offer)));
        assertEquals(Reason.CONSENT_MISSING, missing.reason());
        assertTrue(missing.getMessage().contains("Dr. Li"), missing.getMessage());
        assertFalse(missing.getMessage().contains("Dr. Wang"), missing.getMessage());
        assertEquals(Reason.NOT_PUBLISHED, refusal(() -> licences(l -> l.takeUp(offer, "sme-1", null))));
        assertEquals(List.of(), licences(l -> l.licences(null, true, 10, null)).items(), "no licence");

        catalogue(c -> c.consent(offer, OWNERS.get(1)));
        assertEquals(Offer.Status.PUBLISHED, catalogue(c -> c.publish(offer)).status());
        assertEquals(Reason.ALREADY_PUBLISHED, refusal(() -> catalogue(c -> c.publish(offer))));
        assertEquals(Reason.ALREADY_PUBLISHED, refusal(() -> catalogue(c -> c.consent(offer, OWNERS.get(1)))));

        UUID broker = UUID.randomUUID();
        Licence first = licences(l -> l.takeUp(offer, "sme-1", broker));
        Licence second = licences(l -> l.takeUp(offer, "sme-2", null));
        Licence again = licences(l -> l.takeUp(offer, "sme-1", null)); // non-exclusive: as many as anyone takes
        for (Licence l : List.of(first, second, again)) {
            assertEquals(offer, l.offerId(), "every licence is on the offer's one set of terms");
            assertEquals(LicenceStatus.ACTIVE, l.status());
            assertEquals(LocalDate.parse("2026-06-01"), l.royaltiesFrom());
            assertEquals(LocalDate.parse("2028-05-31"), l.endsOn(), "24 months");
            assertEquals(LocalDate.parse("2026-09-01"), l.recordationDue(), "recorded within three months");
        }
        assertEquals(broker, first.summary().brokerId());
        assertEquals(
                catalogue(c -> c.offer(offer)).terms(),
                catalogue(c -> c.offer(second.offerId())).terms());

        // The recordation deadline: overdue the day after it, until recorded.
        assertFalse(first.recordationOverdue(LocalDate.parse("2026-09-01")));
        assertTrue(first.recordationOverdue(LocalDate.parse("2026-09-02")));
        Licence recorded = licences(l -> l.record(first.id(), LocalDate.parse("2026-09-05"), "2026990000123"));
        assertFalse(recorded.recordationOverdue(LocalDate.parse("2026-09-06")));
        assertEquals(
                Reason.ALREADY_RECORDED,
                refusal(() -> licences(l -> l.record(first.id(), LocalDate.parse("2026-09-06"), "x"))));
        assertEquals(
                Reason.UNKNOWN_LICENCE,
                refusal(() -> licences(l -> l.licence(first.id(), "sme-2", false))),
                "another licensee's licence is unknown to them");

        // Utility models and designs need an evaluation report before publication.
        UUID model = patent("ZL202320000002.X", Patent.Kind.UTILITY_MODEL, null, null);
        UUID modelOffer = catalogue(c -> c.offer(
                        model, terms(LicenceKind.OPEN_LICENCE, "lump-sum", Map.of("amount", "100000"), null, null, 12))
                .id());
        OWNERS.forEach(o -> catalogue(c -> c.consent(modelOffer, o)));
        assertEquals(Reason.EVALUATION_REPORT_MISSING, refusal(() -> catalogue(c -> c.publish(modelOffer))));
        UUID evaluated = patent("ZL202330000003.5", Patent.Kind.DESIGN, "PJ2026-0042", null);
        published(evaluated, terms(LicenceKind.OPEN_LICENCE, "lump-sum", Map.of("amount", "100000"), null, null, 12));
    }

    @ParameterizedTest
    @EnumSource(ScenarioDatabase.Kind.class)
    void trialsConvertOrWalkAwayUpToTheirLastDayAndExpireAfterIt(ScenarioDatabase.Kind kind) {
        open(kind);
        UUID patent = patent("ZL202310000009.9", Patent.Kind.INVENTION, null, null);
        UUID offer =
                published(patent, terms(LicenceKind.PAY_AFTER_USE, "per-unit", Map.of("fee", "250"), null, null, 12));
        assertEquals(365, catalogue(c -> c.offer(offer)).terms().trialDays(), "the region's default trial");

        Licence converting = licences(l -> l.takeUp(offer, "sme-1", null));
        Licence leaving = licences(l -> l.takeUp(offer, "sme-2", null));
        Licence silent = licences(l -> l.takeUp(offer, "sme-3", null));
        assertEquals(LicenceStatus.TRIAL, converting.status());
        assertEquals(LocalDate.parse("2027-05-31"), converting.trialEndsOn(), "365 days, the take-up day included");
        assertNull(converting.royaltiesFrom());
        assertEquals(
                Reason.NO_ROYALTIES,
                refusal(() ->
                        royalties(r -> r.report(converting.id(), "sme-1", NOW_DAY, NOW_DAY, cny(100), cny(10), 1))),
                "no royalties in the trial");
        licences(l -> l.reportTrial(converting.id(), "sme-1", "Pilot line, 2 shifts", "Yield up 4%", 1200));
        assertEquals(
                Reason.UNKNOWN_LICENCE,
                refusal(() -> licences(l -> l.convert(converting.id(), "sme-2"))),
                "only the licensee decides");

        // The last second of the trial's last day (UTC): both decisions still count.
        at("2027-05-31T23:59:59Z");
        assertEquals(0, licences(Licences::expire), "on its last day a trial is still open");
        Licence converted = licences(l -> l.convert(converting.id(), "sme-1"));
        assertEquals(LicenceStatus.ACTIVE, converted.status());
        assertEquals(Licence.TrialOutcome.CONVERTED, converted.trialOutcome());
        assertEquals(LocalDate.parse("2027-05-31"), converted.royaltiesFrom(), "royalties start on conversion");
        assertEquals(LocalDate.parse("2028-05-30"), converted.endsOn(), "for the offer's 12 months");
        Licence left = licences(l -> l.walkAway(leaving.id(), "sme-2"));
        assertEquals(LicenceStatus.WALKED_AWAY, left.status());
        assertEquals(Reason.NOT_IN_TRIAL, refusal(() -> licences(l -> l.convert(leaving.id(), "sme-2"))));
        assertEquals(
                Reason.NO_ROYALTIES,
                refusal(() -> royalties(r -> r.report(leaving.id(), "sme-2", NOW_DAY, NOW_DAY, cny(100), cny(10), 1))),
                "walking away owes nothing");

        // The next day the trial is over: no decision any more, and the job ends it.
        at("2027-06-01T00:00:00Z");
        assertEquals(Reason.TRIAL_OVER, refusal(() -> licences(l -> l.convert(silent.id(), "sme-3"))));
        assertEquals(Reason.TRIAL_OVER, refusal(() -> licences(l -> l.walkAway(silent.id(), "sme-3"))));
        assertEquals(1, licences(Licences::expire));
        Licence expired = licences(l -> l.licence(silent.id(), null, true));
        assertEquals(LicenceStatus.ENDED, expired.status());
        assertEquals(Licence.TrialOutcome.EXPIRED, expired.trialOutcome());
        assertEquals(0, licences(Licences::expire), "once");

        // The converted licence pays per unit from its conversion.
        var reported = royalties(r -> r.report(
                converting.id(),
                "sme-1",
                LocalDate.parse("2027-05-31"),
                LocalDate.parse("2027-06-01"),
                cny(0),
                cny(0),
                4001));
        assertEquals(1_000_250, reported.invoice().amount());

        var figures = tx(em -> new Statistics(em).figures());
        assertEquals(1L, figures.licences().get(LicenceKind.PAY_AFTER_USE).get(LicenceStatus.ACTIVE));
        assertEquals(1L, figures.licences().get(LicenceKind.PAY_AFTER_USE).get(LicenceStatus.WALKED_AWAY));
        assertEquals(1L, figures.licences().get(LicenceKind.PAY_AFTER_USE).get(LicenceStatus.ENDED));
        assertEquals(0L, figures.licences().get(LicenceKind.OPEN_LICENCE).get(LicenceStatus.ACTIVE));
        assertEquals(
                Map.of(
                        Licence.TrialOutcome.CONVERTED, 1L,
                        Licence.TrialOutcome.WALKED_AWAY, 1L,
                        Licence.TrialOutcome.EXPIRED, 1L),
                figures.trials());
        assertEquals(Map.of("CNY", 1_000_250L), figures.invoiced());
        assertEquals(Map.of(), figures.received());
    }

    private static final LocalDate NOW_DAY = LocalDate.parse("2026-06-01");

    private static Money cny(long fen) {
        return Money.of(fen, "CNY");
    }

    /**
     * 5% of net sales to 1,000,000 yuan and 3% above, at least 20,000 yuan and at most 60,000 yuan a
     * year, for 17 months from 2026-06-01 (the second licence year, 2027-06-01 to 2028-05-31, has
     * 366 days, of which the licence covers 153):
     *
     * <pre>
     * period                   net sales    year so far   scheduled  cap/minimum        billed before  invoice  late
     * 2026-06-01..2026-08-31   30,000,000    30,000,000   1,500,000                              0  1,500,000  no
     * 2026-09-01..2027-02-28   90,000,000   120,000,000   5,600,000                      1,500,000  4,100,000  no
     * 2027-03-01..2027-05-31   50,000,000   170,000,000   7,100,000  cap 6,000,000       5,600,000    400,000  yes
     * 2027-06-01..2027-10-31    3,333,333     3,333,333     166,666  min 2,000,000×153/366 = 836,065    0  836,065  no
     * </pre>
     */
    @ParameterizedTest
    @EnumSource(ScenarioDatabase.Kind.class)
    void reportsAreBilledByTheScheduleTheCapAndTheMinimumAndPaymentsAreShared(ScenarioDatabase.Kind kind) {
        open(kind);
        UUID patent = patent("ZL202310000005.2", Patent.Kind.INVENTION, null, null);
        UUID offer = published(patent, terms(LicenceKind.OPEN_LICENCE, "net-sales", TIERS, 2_000_000L, 6_000_000L, 17));
        Licence l = licences(x -> x.takeUp(offer, "sme-1", null));
        assertEquals(LocalDate.parse("2027-10-31"), l.endsOn());
        UUID id = l.id();

        at("2026-09-10T00:00:00Z");
        assertEquals(
                Reason.PERIOD_NOT_NEXT,
                refusal(() -> royalties(r -> r.report(
                        id,
                        "sme-1",
                        LocalDate.parse("2026-06-02"),
                        LocalDate.parse("2026-08-31"),
                        cny(1),
                        cny(0),
                        0))));
        assertEquals(
                Reason.OUTSIDE_LICENCE,
                refusal(() -> royalties(
                        r -> r.report(id, "sme-1", NOW_DAY, LocalDate.parse("2026-09-11"), cny(1), cny(0), 0))),
                "a period not over yet");
        assertEquals(
                Reason.CURRENCY_MISMATCH,
                refusal(() -> royalties(r ->
                        r.report(id, "sme-1", NOW_DAY, LocalDate.parse("2026-08-31"), Money.of(1, "USD"), cny(0), 0))));
        assertEquals(
                Reason.UNKNOWN_LICENCE,
                refusal(() -> royalties(
                        r -> r.report(id, "sme-2", NOW_DAY, LocalDate.parse("2026-08-31"), cny(1), cny(0), 0))));
        var r1 = royalties(
                r -> r.report(id, "sme-1", NOW_DAY, LocalDate.parse("2026-08-31"), cny(30_000_000), cny(0), 0));
        assertEquals(1_500_000, r1.invoice().amount());
        assertFalse(r1.report().late());

        at("2027-03-15T00:00:00Z");
        assertEquals(
                Reason.OUTSIDE_LICENCE,
                refusal(() -> royalties(r -> r.report(
                        id, "sme-1", LocalDate.parse("2026-09-01"), LocalDate.parse("2027-06-30"), cny(1), cny(0), 0))),
                "a period across two licence years");
        var r2 = royalties(r -> r.report(
                id, "sme-1", LocalDate.parse("2026-09-01"), LocalDate.parse("2027-02-28"), cny(90_000_000), cny(0), 0));
        assertEquals(4_100_000, r2.invoice().amount());

        at("2027-07-15T00:00:00Z");
        var r3 = royalties(r -> r.report(
                id, "sme-1", LocalDate.parse("2027-03-01"), LocalDate.parse("2027-05-31"), cny(50_000_000), cny(0), 0));
        assertEquals(400_000, r3.invoice().amount(), "capped at 6,000,000 for the year");
        assertTrue(r3.report().late(), "due 2027-06-30, reported 2027-07-15");

        at("2027-11-10T00:00:00Z");
        var r4 = royalties(r -> r.report(
                id, "sme-1", LocalDate.parse("2027-06-01"), LocalDate.parse("2027-10-31"), cny(3_333_333), cny(0), 0));
        assertEquals(836_065, r4.invoice().amount(), "the prorated minimum of the last, partial year");
        assertEquals(2, r4.report().licenceYear());
        assertEquals(
                Reason.OUTSIDE_LICENCE,
                refusal(() -> royalties(r -> r.report(
                        id, "sme-1", LocalDate.parse("2027-11-01"), LocalDate.parse("2027-11-05"), cny(1), cny(0), 0))),
                "after the licence's last day");

        // Payments: transfers recorded by the office, at most what is outstanding.
        UUID invoice = r2.invoice().id();
        assertEquals(
                Reason.INVALID_AMOUNT,
                refusal(() -> royalties(r -> r.recordTransfer(invoice, cny(4_100_001), "BANK-1", "operator"))));
        assertEquals(
                Reason.CURRENCY_MISMATCH,
                refusal(() -> royalties(r -> r.recordTransfer(invoice, Money.of(5, "USD"), "BANK-1", "operator"))));
        Invoice part = royalties(r -> r.recordTransfer(invoice, cny(1_000_001), "BANK-1", "operator"));
        assertEquals(Invoice.Status.OPEN, part.status());
        assertEquals(3_099_999, part.outstanding());
        // Half to the research team, the rest to the three co-owners equally; the fen left by rounding by largest
        // remainder.
        assertEquals(
                List.of(
                        new Royalties.Share(Royalties.TEAM, 500_000),
                        new Royalties.Share(OWNERS.get(0), 166_667),
                        new Royalties.Share(OWNERS.get(1), 166_667),
                        new Royalties.Share(OWNERS.get(2), 166_667)),
                royalties(r -> r.distribution(r.invoice(invoice, null, true))));
        Invoice paid = royalties(r -> r.recordTransfer(invoice, cny(3_099_999), "BANK-2", "operator"));
        assertEquals(Invoice.Status.PAID, paid.status());
        assertEquals(
                Reason.ALREADY_PAID,
                refusal(() -> royalties(r -> r.recordTransfer(invoice, cny(1), "BANK-3", "operator"))));
        assertEquals(2, royalties(r -> r.payments(invoice)).size());

        // Vouchers: not where the region does not accept them, nor for a licensor that is no voucher provider.
        VoucherPayments never = order -> {
            throw new AssertionError("the voucher service is not called");
        };
        UUID open = r1.invoice().id();
        assertEquals(
                Reason.VOUCHERS_NOT_ACCEPTED,
                refusal(() -> royalties(r -> r.payWithVoucher(open, "TH-DEMO00000001", "sme-1", never))));
        rules = new Rules(2000, 4000, 365, 3, 30, 30, 5000, true);
        assertEquals(
                Reason.VOUCHERS_NOT_ACCEPTED,
                refusal(() -> royalties(r -> r.payWithVoucher(open, "TH-DEMO00000001", "sme-1", never))));
        assertEquals(
                Reason.UNKNOWN_INVOICE,
                refusal(() -> royalties(r -> r.payWithVoucher(open, "TH-DEMO00000001", "sme-2", never))));
        assertEquals(1_500_000, royalties(r -> r.invoice(open, null, true)).outstanding(), "unchanged");

        var figures = tx(em -> new Statistics(em).figures());
        assertEquals(Map.of("CNY", 1_500_000L + 4_100_000 + 400_000 + 836_065), figures.invoiced());
        assertEquals(Map.of("CNY", 4_100_000L), figures.received());
    }

    /** The demo region's data reads back through the mappings and continues by the same rules. */
    @ParameterizedTest
    @EnumSource(ScenarioDatabase.Kind.class)
    void theDemoDataIsACatalogueWithLicencesInTrialAndConvertedReportsAndInvoices(ScenarioDatabase.Kind kind) {
        open(kind, true);
        assertEquals(2, catalogue(c -> c.patents(10, null)).items().size());
        assertEquals(2, catalogue(c -> c.offers(true, 10, null)).items().size(), "both published");
        var figures = tx(em -> new Statistics(em).figures());
        assertEquals(1L, figures.licences().get(LicenceKind.OPEN_LICENCE).get(LicenceStatus.ACTIVE));
        assertEquals(1L, figures.licences().get(LicenceKind.PAY_AFTER_USE).get(LicenceStatus.TRIAL));
        assertEquals(1L, figures.licences().get(LicenceKind.PAY_AFTER_USE).get(LicenceStatus.ACTIVE));
        assertEquals(Map.of("CNY", 2_300_000L), figures.invoiced());
        assertEquals(Map.of("CNY", 1_200_000L), figures.received());
        // Per month: invoices by issue date, payments by payment date.
        assertEquals(
                List.of(
                        new Statistics.Month(YearMonth.parse("2026-07"), "CNY", 1_200_000 + 500_000, 1_200_000),
                        new Statistics.Month(YearMonth.parse("2026-11"), "CNY", 600_000, 0)),
                figures.months());
        assertEquals(
                new Statistics.Funnel(1, 2, 1), figures.funnel(), "one pay-after-use offer, two trials, one converted");

        // Invoices: the licensee's own, every one for the office, by status.
        assertEquals(
                3,
                royalties(r -> r.invoices("holder", false, null, 10, null))
                        .items()
                        .size());
        assertEquals(
                0,
                royalties(r -> r.invoices("sme", false, null, 10, null)).items().size());
        var open2 = royalties(r -> r.invoices("sme", true, Invoice.Status.OPEN, 1, null));
        assertEquals(1, open2.items().size());
        assertEquals(
                Invoice.Status.OPEN,
                royalties(r -> r.invoices("sme", true, Invoice.Status.OPEN, 1, UUID.fromString(open2.nextCursor())))
                        .items()
                        .get(0)
                        .status());

        UUID open = UUID.fromString("00000000-0000-4000-8000-00000000f201");
        assertEquals(
                List.of("示范大学 Demo University", "示范研究院 Demo Institute"),
                catalogue(c -> c.patent(UUID.fromString("00000000-0000-4000-8000-00000000f001")))
                        .owners());
        // The next quarter: 1,800,000 so far at 3%, then 3% of 40,000,000 to 1,000,000 yuan and 2% above.
        at("2027-01-10T00:00:00Z");
        var next = royalties(r -> r.report(
                open,
                "holder",
                LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-12-31"),
                cny(50_000_000),
                cny(0),
                0));
        assertEquals(3_000_000 + 200_000 - 1_800_000, next.invoice().amount());
        var trial = licences(l -> l.licence(UUID.fromString("00000000-0000-4000-8000-00000000f202"), "holder", false));
        assertEquals(LocalDate.parse("2027-08-31"), trial.trialEndsOn());
        assertEquals(
                1, licences(l -> l.trialReports(trial.id(), "holder", false)).size());
    }
}
