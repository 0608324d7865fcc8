package org.transferhub.licensing.infrastructure.schedules;

import java.util.Map;
import org.transferhub.spi.licensing.royalty.RoyaltySchedule;

/** A fee per unit made or sold: parameter {@code fee}, in minor units. */
public class PerUnitSchedule implements RoyaltySchedule {

    @Override
    public String id() {
        return "per-unit";
    }

    @Override
    public String parameterHelp() {
        return "fee: minor units per unit made or sold, a whole number of 1 or more, e.g. 250";
    }

    @Override
    public RateBase base() {
        return RateBase.UNITS;
    }

    @Override
    public String checkParameters(Map<String, String> parameters) {
        return Amounts.positive(parameters, "fee", parameterHelp());
    }

    @Override
    public int highestRateBasisPoints(Map<String, String> parameters) {
        return 0;
    }

    @Override
    public long royalty(YearToDate figures, Map<String, String> parameters) {
        return Math.multiplyExact(Math.max(0, figures.units()), Long.parseLong(parameters.get("fee")));
    }
}
