package org.transferhub.spi.incubation;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.transferhub.spi.money.Money;

/**
 * How projects move through the stage gates, and what came of them.
 *
 * @param submitted projects submitted
 * @param screenedOut projects refused at intake screening
 * @param stages one entry per stage, in order
 * @param outcomes what projects achieved, whenever it was recorded (also after the programme ended)
 */
public record Funnel(int submitted, int screenedOut, List<StageFunnel> stages, Outcomes outcomes) {

    /**
     * One stage gate.
     *
     * @param entered projects that entered the stage
     * @param inStage projects at the stage now, not yet decided
     * @param passed projects the committee advanced past the gate
     * @param rejected projects the committee rejected at the gate
     * @param conversionRate passed / entered, 4 decimals, rounded half up; null when none entered
     * @param medianTimeInStage median time from entering the stage to the gate's final decision
     *     (ADVANCE or REJECT), over projects that left it; null when none left
     * @param fundingSpent funding granted to projects at this stage
     */
    public record StageFunnel(
            PocStage stage,
            int entered,
            int inStage,
            int passed,
            int rejected,
            BigDecimal conversionRate,
            Duration medianTimeInStage,
            Money fundingSpent) {}

    /**
     * Outcomes recorded for the projects.
     *
     * @param spinOffs spin-off companies founded
     * @param licences licences granted
     * @param investments investments raised
     * @param investmentRaised the sum of the investments' amounts
     * @param valuation the sum over projects of each one's latest recorded valuation
     */
    public record Outcomes(int spinOffs, int licences, int investments, Money investmentRaised, Money valuation) {}
}
