package org.transferhub.spi.licensing.royalty;

import java.util.Map;

/**
 * How a licence's royalty grows with what the licensee reports: a rate on net sales, a share of
 * profit, a fee per unit, a lump sum. Found with {@link java.util.ServiceLoader} in the licensing
 * WAR, so a region or a patentee adds a type without forking the plugin. Implementations are
 * stateless, in a public class with a public no-argument constructor.
 *
 * <p>The licensing plugin calls {@link #royalty} with the year-to-date figures of one licence year
 * and bills the difference to what the year was billed before; the annual cap, the minimum
 * annual royalty and the proration of a partial year are the plugin's, applied after the schedule.
 * Every amount is in integer minor units (fen); round down, so a licensee is never charged a
 * fraction of a fen.
 */
public interface RoyaltySchedule {

    /** The id offers name the schedule by: lowercase words joined by dashes, e.g. {@code net-sales}. */
    String id();

    /** What the parameters mean, for the patentee writing an offer. */
    String parameterHelp();

    /** What the rate is a rate on; the region caps royalties on net sales and on profit. */
    RateBase base();

    /**
     * Whether an offer's parameters are well formed.
     *
     * @return null when they are, else what is wrong, in words the patentee can act on
     */
    String checkParameters(Map<String, String> parameters);

    /**
     * The highest rate the parameters charge, in basis points of {@link #base()} (500 = 5%), for
     * the region's caps; 0 when the base is {@link RateBase#UNITS} or {@link RateBase#NONE}.
     */
    int highestRateBasisPoints(Map<String, String> parameters);

    /** The royalty of one licence year so far, in minor units, at least 0. */
    long royalty(YearToDate figures, Map<String, String> parameters);

    /** What a rate is charged on. */
    enum RateBase {
        NET_SALES,
        PROFIT,
        UNITS,
        NONE
    }

    /**
     * The sum of a licence year's reports so far, this one included.
     *
     * @param licenceYear 1 for the first year of royalties, 2 for the next, ...
     * @param netSales net sales in minor units
     * @param profit profit in minor units, negative for a loss
     * @param units units made or sold
     */
    record YearToDate(int licenceYear, long netSales, long profit, long units) {}
}
