package org.transferhub.licensing.domain.royalty;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The plugin's royalty rules on integer minor units. Every division rounds down, so a licensee is
 * never charged a fraction of a fen; a split hands out the fen that rounding leaves by largest
 * remainder, so the shares always add up to the amount exactly.
 */
public final class RoyaltyArithmetic {

    private RoyaltyArithmetic() {}

    /**
     * A licence year: the n-th year from the day royalties started, {@code first} to {@code last}
     * inclusive (an anniversary year, 365 or 366 days), cut at the licence's last day.
     */
    public record LicenceYear(int number, LocalDate first, LocalDate last, LocalDate lastCovered) {

        /** Days in the whole year. */
        public long length() {
            return ChronoUnit.DAYS.between(first, last) + 1;
        }

        /** Days of the year the licence runs. */
        public long covered() {
            return ChronoUnit.DAYS.between(first, lastCovered) + 1;
        }

        public boolean contains(LocalDate day) {
            return !day.isBefore(first) && !day.isAfter(lastCovered);
        }
    }

    /** The licence year {@code day} falls in, for royalties from {@code from} to {@code endsOn}. */
    public static LicenceYear yearOf(LocalDate from, LocalDate endsOn, LocalDate day) {
        int n = (int) ChronoUnit.YEARS.between(from, day) + 1;
        LocalDate first = from.plusYears(n - 1L);
        LocalDate last = from.plusYears(n).minusDays(1);
        return new LicenceYear(n, first, last, last.isAfter(endsOn) ? endsOn : last);
    }

    /** {@code amount × covered / length}, rounded down: an annual amount for part of a year. */
    public static long prorate(long amount, long covered, long length) {
        if (covered >= length) {
            return amount;
        }
        return BigInteger.valueOf(amount)
                .multiply(BigInteger.valueOf(covered))
                .divide(BigInteger.valueOf(length))
                .longValueExact();
    }

    /**
     * The royalty of a licence year so far: the schedule's amount, at most the annual cap; once
     * the year closes, at least the minimum annual royalty. Cap and minimum are prorated to the
     * days the licence covers in the year; either may be null (none).
     */
    public static long yearRoyalty(long scheduled, Long cap, Long minimum, LicenceYear year, boolean closesYear) {
        long r = scheduled;
        if (cap != null) {
            r = Math.min(r, prorate(cap, year.covered(), year.length()));
        }
        if (minimum != null && closesYear) {
            r = Math.max(r, prorate(minimum, year.covered(), year.length()));
        }
        return r;
    }

    /**
     * Splits {@code amount} by {@code weights}: each share is {@code amount × weight / total}
     * rounded down, then the fen left over go one each to the largest remainders (the earlier
     * recipient first on a tie). The shares add up to {@code amount}.
     */
    public static long[] split(long amount, long[] weights) {
        BigInteger total = BigInteger.valueOf(Arrays.stream(weights).sum());
        long[] shares = new long[weights.length];
        BigInteger[] remainders = new BigInteger[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] qr = BigInteger.valueOf(amount)
                    .multiply(BigInteger.valueOf(weights[i]))
                    .divideAndRemainder(total);
            shares[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += shares[i];
        }
        long left = amount - given;
        int[] order = IntStream.range(0, weights.length)
                .boxed()
                .sorted(Comparator.<Integer, BigInteger>comparing(i -> remainders[i])
                        .reversed()
                        .thenComparing(i -> i))
                .mapToInt(Integer::intValue)
                .toArray();
        for (int k = 0; k < left; k++) {
            shares[order[k]]++;
        }
        return shares;
    }
}
