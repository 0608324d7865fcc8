package org.transferhub.vouchers.domain.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.transferhub.spi.plugin.ConfigType;
import org.transferhub.vouchers.domain.settlement.SettlementCycle.Window;

class SettlementCycleTest {

    private static final Instant MAY_17 = Instant.parse("2026-05-17T10:15:30Z");

    @Test
    void monthsAreCalendarMonthsInUtc() {
        SettlementCycle monthly = SettlementCycle.of((Period) ConfigType.PERIOD.parse("P1M"));
        Window may = monthly.windowOf(MAY_17);
        assertEquals(
                new Window("2026-05", Instant.parse("2026-05-01T00:00:00Z"), Instant.parse("2026-06-01T00:00:00Z")),
                may);
        assertEquals(may, monthly.window("2026-05"));
        assertEquals(monthly.windowOf(Instant.parse("2026-05-31T23:59:59Z")), may);
        assertEquals(
                "2026-06",
                monthly.windowOf(Instant.parse("2026-06-01T00:00:00Z")).label());
    }

    @Test
    void quartersStartInJanuaryAprilJulyOctober() {
        SettlementCycle quarterly = SettlementCycle.of(Period.ofMonths(3));
        Window q2 = quarterly.windowOf(MAY_17);
        assertEquals(
                new Window("2026-04", Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z")),
                q2);
        IllegalArgumentException notAStart =
                assertThrows(IllegalArgumentException.class, () -> quarterly.window("2026-05"));
        assertEquals(
                "\"2026-05\" is not the start of a settlement period; the one it falls in is 2026-04.",
                notAStart.getMessage());
    }

    @Test
    void daysAndWeeksAreLabelledByTheirFirstDay() {
        SettlementCycle daily = SettlementCycle.of(Period.ofDays(1));
        assertEquals(
                new Window("2026-05-17", Instant.parse("2026-05-17T00:00:00Z"), Instant.parse("2026-05-18T00:00:00Z")),
                daily.windowOf(MAY_17));
        assertEquals(daily.windowOf(MAY_17), daily.window("2026-05-17"));
        SettlementCycle weekly = SettlementCycle.of(Period.ofDays(7));
        Window week = weekly.windowOf(MAY_17);
        assertEquals(Instant.parse("2026-05-11T00:00:00Z"), week.from(), "weeks start on Mondays");
        assertEquals(Duration.ofDays(7), Duration.between(week.from(), week.to()));
        assertEquals(week, weekly.window(week.label()));
    }

    @Test
    void shortDurationsAreLabelledByTheirStartInstant() {
        SettlementCycle tenSeconds = SettlementCycle.of((Duration) ConfigType.PERIOD.parse("PT10S"));
        Window w = tenSeconds.windowOf(MAY_17);
        assertEquals(
                new Window(
                        "2026-05-17T10:15:30Z",
                        Instant.parse("2026-05-17T10:15:30Z"),
                        Instant.parse("2026-05-17T10:15:40Z")),
                w);
        assertEquals(w, tenSeconds.window("2026-05-17T10:15:30Z"));
        assertThrows(IllegalArgumentException.class, () -> tenSeconds.window("2026-05-17T10:15:31Z"));
    }

    @Test
    void aLabelThatIsNoPeriodSaysWhatOneLooksLike() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> SettlementCycle.monthly().window("May 2026"));
        assertEquals("\"May 2026\" is not a settlement period; they look like 2026-05.", e.getMessage());
    }

    @Test
    void theConfiguredValueIsMonthsOrDaysOrADuration() {
        for (String bad : new String[] {"P1M2D", "P0D", "-P1M", "PT0S", "PT1.5S", "monthly"}) {
            assertThrows(RuntimeException.class, () -> ConfigType.PERIOD.parse(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> SettlementCycle.of(Duration.ofMillis(1500)));
    }
}
