package org.transferhub.licensing.infrastructure.schedules;

/** A royalty on net sales (销售额提成), in tiers. */
public class NetSalesSchedule extends TieredSchedule {

    @Override
    public String id() {
        return "net-sales";
    }

    @Override
    public RateBase base() {
        return RateBase.NET_SALES;
    }

    @Override
    long base(YearToDate figures) {
        return figures.netSales();
    }
}
