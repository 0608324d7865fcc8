package org.transferhub.licensing.infrastructure.schedules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.transferhub.spi.licensing.royalty.RoyaltySchedule;

/**
 * A rate in basis points on a base that grows through the year, in tiers: parameter {@code tiers}
 * is {@code from:rate} pairs, e.g. {@code 0:500,100000000:300} (5% of the first 1,000,000 yuan,
 * 3% above). The royalty is the sum over the tiers of the part of the base in the tier times its
 * rate, divided by 10,000 once and rounded down. A base of 0 or less owes nothing.
 */
abstract class TieredSchedule implements RoyaltySchedule {

    private record Tier(long from, int rate) {}

    /** The base of the year's figures. */
    abstract long base(YearToDate figures);

    @Override
    public String parameterHelp() {
        return "tiers: comma-separated from:rate pairs, from in minor units starting at 0 and rising, rate in basis points"
                + " (500 = 5%), e.g. 0:500,100000000:300";
    }

    @Override
    public String checkParameters(Map<String, String> parameters) {
        try {
            tiers(parameters);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage() + " (" + parameterHelp() + ")";
        }
    }

    @Override
    public int highestRateBasisPoints(Map<String, String> parameters) {
        return tiers(parameters).stream().mapToInt(Tier::rate).max().orElse(0);
    }

    @Override
    public long royalty(YearToDate figures, Map<String, String> parameters) {
        long base = base(figures);
        List<Tier> tiers = tiers(parameters);
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < tiers.size(); i++) {
            Tier t = tiers.get(i);
            long upTo = i + 1 < tiers.size() ? Math.min(base, tiers.get(i + 1).from()) : base;
            if (upTo > t.from()) {
                sum = sum.add(BigInteger.valueOf(upTo - t.from()).multiply(BigInteger.valueOf(t.rate())));
            }
        }
        return sum.divide(BigInteger.valueOf(10_000)).longValueExact();
    }

    private static List<Tier> tiers(Map<String, String> parameters) {
        String spec = parameters.get("tiers");
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("give the tiers");
        }
        List<Tier> tiers = new ArrayList<>();
        for (String pair : spec.split(",")) {
            String[] p = pair.trim().split(":");
            if (p.length != 2) {
                throw new IllegalArgumentException("'" + pair.trim() + "' is not from:rate");
            }
            long from;
            int rate;
            try {
                from = Long.parseLong(p[0].trim());
                rate = Integer.parseInt(p[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + pair.trim() + "' is not two whole numbers");
            }
            if (rate < 0 || rate > 10_000) {
                throw new IllegalArgumentException("rate " + rate + " is not 0 to 10000 basis points");
            }
            if (tiers.isEmpty()
                    ? from != 0
                    : from <= tiers.get(tiers.size() - 1).from()) {
                throw new IllegalArgumentException(
                        tiers.isEmpty() ? "the first tier starts at 0" : "each tier starts above the one before");
            }
            tiers.add(new Tier(from, rate));
        }
        return tiers;
    }
}
