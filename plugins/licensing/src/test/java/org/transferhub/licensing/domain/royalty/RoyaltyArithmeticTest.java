package org.transferhub.licensing.domain.royalty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferhub.licensing.infrastructure.schedules.NetSalesSchedule;
import org.transferhub.licensing.infrastructure.schedules.PerUnitSchedule;
import org.transferhub.licensing.infrastructure.schedules.ProfitSchedule;
import org.transferhub.spi.licensing.royalty.RoyaltySchedule.YearToDate;

/** The royalty arithmetic on integer fen against tables computed by hand. */
class RoyaltyArithmeticTest {

    private static final Map<String, String> TIERS = Map.of("tiers", "0:500,100000000:300");

    /** 5% of net sales up to 1,000,000 yuan (100,000,000 fen), 3% above; rounded down once, to the fen. */
    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "1, 0", // 0.05 fen
        "19, 0", // 0.95 fen
        "20, 1",
        "3333333, 166666", // 166,666.65
        "100000000, 5000000",
        "100000001, 5000000", // 5,000,000.03
        "120000000, 5600000", // 5,000,000 + 3% of 20,000,000
        "170000033, 7100000" // 5,000,000 + 2,100,000.99
    })
    void tiersOnNetSales(long netSales, long royalty) {
        assertEquals(royalty, new NetSalesSchedule().royalty(new YearToDate(1, netSales, 0, 0), TIERS));
    }

    @ParameterizedTest
    @CsvSource({"-500000, 0", "0, 0", "999, 49", "1000000, 50000"})
    void aLossOwesNothingOnProfit(long profit, long royalty) {
        assertEquals(royalty, new ProfitSchedule().royalty(new YearToDate(1, 0, profit, 0), TIERS));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 250", "4001, 1000250"})
    void perUnit(long units, long royalty) {
        assertEquals(royalty, new PerUnitSchedule().royalty(new YearToDate(1, 0, 0, units), Map.of("fee", "250")));
    }

    /** amount × covered / length, rounded down. */
    @ParameterizedTest
    @CsvSource({
        "2000000, 365, 365, 2000000",
        "2000000, 400, 365, 2000000",
        "2000000, 183, 366, 1000000",
        "2000000, 153, 366, 836065", // 836,065.57
        "6000000, 153, 366, 2508196", // 2,508,196.72
        "1, 364, 365, 0",
        "365, 1, 365, 1"
    })
    void prorationOfAPartialYear(long amount, long covered, long length, long prorated) {
        assertEquals(prorated, RoyaltyArithmetic.prorate(amount, covered, length));
    }

    @ParameterizedTest
    @CsvSource({
        // scheduled, cap, minimum, closes year, royalty of the year so far (a whole year: no proration)
        "1500000, 6000000, 2000000, false, 1500000", // under the minimum, but the year is not over
        "1500000, 6000000, 2000000, true, 2000000", // the year closes under the minimum: the minimum
        "7100000, 6000000, 2000000, false, 6000000", // over the cap
        "7100000, 6000000, 2000000, true, 6000000",
        "7100000, , , true, 7100000" // neither
    })
    void capAndMinimumAnnualRoyalty(long scheduled, Long cap, Long minimum, boolean closes, long royalty) {
        var year = RoyaltyArithmetic.yearOf(
                LocalDate.parse("2026-06-01"), LocalDate.parse("2036-05-31"), LocalDate.parse("2026-06-01"));
        assertEquals(365, year.length());
        assertEquals(royalty, RoyaltyArithmetic.yearRoyalty(scheduled, cap, minimum, year, closes));
    }

    @ParameterizedTest
    @CsvSource({
        // royalties from, licence ends, a day: year number, first, last covered, length, covered
        "2026-06-01, 2027-10-31, 2026-06-01, 1, 2026-06-01, 2027-05-31, 365, 365",
        "2026-06-01, 2027-10-31, 2027-05-31, 1, 2026-06-01, 2027-05-31, 365, 365",
        "2026-06-01, 2027-10-31, 2027-06-01, 2, 2027-06-01, 2027-10-31, 366, 153", // 2028 is a leap year
        "2027-05-31, 2028-05-30, 2027-05-31, 1, 2027-05-31, 2028-05-30, 366, 366"
    })
    void licenceYears(
            LocalDate from,
            LocalDate endsOn,
            LocalDate day,
            int number,
            LocalDate first,
            LocalDate lastCovered,
            long length,
            long covered) {
        var year = RoyaltyArithmetic.yearOf(from, endsOn, day);
        assertEquals(number, year.number());
        assertEquals(first, year.first());
        assertEquals(lastCovered, year.lastCovered());
        assertEquals(length, year.length());
        assertEquals(covered, year.covered());
    }

    /** Largest remainder: the shares add up to the amount; the fen left over go to the largest remainders, earlier first on a tie. */
    @ParameterizedTest
    @CsvSource({
        "100, 1:1:1, 34:33:33",
        "2, 1:1:1, 1:1:0",
        "1000001, 15000:5000:5000:5000, 500000:166667:166667:166667",
        "1500000, 15000:5000:5000:5000, 750000:250000:250000:250000",
        "10, 7000:3000, 7:3",
        "11, 7000:3000, 8:3", // 7.7 and 3.3: the one fen to the larger remainder
        "0, 1:2, 0:0"
    })
    void splitsAddUpExactly(long amount, String weights, String shares) {
        long[] w = java.util.Arrays.stream(weights.split(":"))
                .mapToLong(Long::parseLong)
                .toArray();
        long[] s = java.util.Arrays.stream(shares.split(":"))
                .mapToLong(Long::parseLong)
                .toArray();
        long[] split = RoyaltyArithmetic.split(amount, w);
        assertArrayEquals(s, split);
        assertEquals(amount, java.util.Arrays.stream(split).sum());
    }
}
