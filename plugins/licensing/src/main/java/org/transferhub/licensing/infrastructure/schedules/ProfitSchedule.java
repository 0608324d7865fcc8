package org.transferhub.licensing.infrastructure.schedules;

/** A royalty on profit (利润提成), in tiers; a loss so far this year owes nothing. */
public class ProfitSchedule extends TieredSchedule {

    @Override
    public String id() {
        return "profit";
    }

    @Override
    public RateBase base() {
        return RateBase.PROFIT;
    }

    @Override
    long base(YearToDate figures) {
        return figures.profit();
    }
}
