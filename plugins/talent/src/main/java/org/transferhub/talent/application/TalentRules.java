package org.transferhub.talent.application;

import java.time.Period;
import java.util.Map;
import org.transferhub.spi.talent.ManagerLevel;

/**
 * The region's certification rules (the plugin's configuration keys).
 *
 * @param trainingHours hours to show for each level
 * @param validity how long a certification or a renewal lasts
 * @param renewalCredits continuing-education credits to show to renew
 */
public record TalentRules(Map<ManagerLevel, Integer> trainingHours, Period validity, int renewalCredits) {

    public TalentRules {
        trainingHours = Map.copyOf(trainingHours);
    }
}
