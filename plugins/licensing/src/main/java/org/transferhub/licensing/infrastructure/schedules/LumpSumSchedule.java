package org.transferhub.licensing.infrastructure.schedules;

import java.util.Map;
import org.transferhub.spi.licensing.royalty.RoyaltySchedule;

/** One fixed sum (一次性支付), owed in the first licence year whatever the figures: parameter {@code amount}. */
public class LumpSumSchedule implements RoyaltySchedule {

    @Override
    public String id() {
        return "lump-sum";
    }

    @Override
    public String parameterHelp() {
        return "amount: the sum in minor units, a whole number of 1 or more, billed with the first revenue report";
    }

    @Override
    public RateBase base() {
        return RateBase.NONE;
    }

    @Override
    public String checkParameters(Map<String, String> parameters) {
        return Amounts.positive(parameters, "amount", parameterHelp());
    }

    @Override
    public int highestRateBasisPoints(Map<String, String> parameters) {
        return 0;
    }

    @Override
    public long royalty(YearToDate figures, Map<String, String> parameters) {
        return figures.licenceYear() == 1 ? Long.parseLong(parameters.get("amount")) : 0;
    }
}
