package org.transferhub.vouchers.domain.settlement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;

/**
 * How captured redemptions are cut into settlement periods: calendar months (P1M, the default; P3M
 * for quarters), days (P1D, P7D) or, for demos and tests, a short duration (PT10S). Periods are
 * aligned in UTC, so every instance of a region cuts them alike (months on January, days and
 * durations on Monday 1970-01-05, so that weeks start on Mondays); each has a label people and the
 * API use: {@code 2026-05} for months, {@code 2026-05-11} for days, the start instant otherwise.
 */
public final class SettlementCycle {

    /** One settlement period: captures at or after {@code from} and before {@code to}. */
    public record Window(String label, Instant from, Instant to) {}

    /** The first Monday after the epoch: where day and duration periods are counted from. */
    private static final long ORIGIN = Instant.parse("1970-01-05T00:00:00Z").getEpochSecond();

    private final int months;
    private final long seconds;

    private SettlementCycle(int months, long seconds) {
        this.months = months;
        this.seconds = seconds;
    }

    /**
     * @throws IllegalArgumentException for a mix of months and days, or a duration not in whole seconds
     */
    public static SettlementCycle of(TemporalAmount amount) {
        if (amount instanceof Period p) {
            if (p.getDays() != 0 && p.toTotalMonths() != 0) {
                throw new IllegalArgumentException("A settlement period is whole months or whole days, not " + p);
            }
            return p.getDays() == 0
                    ? new SettlementCycle(Math.toIntExact(p.toTotalMonths()), 0)
                    : new SettlementCycle(0, Duration.ofDays(p.getDays()).toSeconds());
        }
        Duration d = (Duration) amount;
        if (d.getNano() != 0 || d.toSeconds() < 1) {
            throw new IllegalArgumentException("A settlement period is at least one whole second, not " + d);
        }
        return new SettlementCycle(0, d.toSeconds());
    }

    public static SettlementCycle monthly() {
        return new SettlementCycle(1, 0);
    }

    /** The period an instant falls in. */
    public Window windowOf(Instant at) {
        if (months > 0) {
            YearMonth month = YearMonth.from(at.atOffset(ZoneOffset.UTC));
            long index = month.getYear() * 12L + month.getMonthValue() - 1;
            long start = Math.floorDiv(index, months) * months;
            return monthWindow(YearMonth.of((int) Math.floorDiv(start, 12), (int) Math.floorMod(start, 12) + 1));
        }
        return secondsWindow(ORIGIN + Math.floorDiv(at.getEpochSecond() - ORIGIN, seconds) * seconds);
    }

    /**
     * The period a label names.
     *
     * @throws IllegalArgumentException naming what a label looks like, when it is not one or names
     *     no period start
     */
    public Window window(String label) {
        Window w;
        try {
            if (months > 0) {
                w = monthWindow(YearMonth.parse(label));
            } else if (seconds % 86_400 == 0) {
                w = secondsWindow(
                        LocalDate.parse(label).atStartOfDay(ZoneOffset.UTC).toEpochSecond());
            } else {
                w = secondsWindow(Instant.parse(label).getEpochSecond());
            }
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "\"" + label + "\" is not a settlement period; they look like " + example() + ".");
        }
        if (!windowOf(w.from()).equals(w)) {
            throw new IllegalArgumentException("\"" + label + "\" is not the start of a settlement period; the one"
                    + " it falls in is " + windowOf(w.from()).label() + ".");
        }
        return w;
    }

    /** A label for people to copy: the one of the period that holds 2026-05-17T10:15:30Z. */
    public String example() {
        return windowOf(Instant.parse("2026-05-17T10:15:30Z")).label();
    }

    private Window monthWindow(YearMonth first) {
        return new Window(
                first.toString(),
                first.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                first.plusMonths(months).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private Window secondsWindow(long startSecond) {
        Instant from = Instant.ofEpochSecond(startSecond);
        String label = seconds % 86_400 == 0
                ? LocalDate.ofInstant(from, ZoneOffset.UTC).toString()
                : from.toString();
        return new Window(label, from, from.plusSeconds(seconds));
    }
}
