package org.transferhub.spi.talent;

import java.util.List;
import java.util.UUID;

/**
 * The public profile of a technology manager: never phone or identity numbers.
 *
 * @param level null until first certified
 * @param certified certified and in date today: only such managers are matched and assigned
 * @param points the track record's points by the registry's grade formula
 * @param stars the grade, 1 to 5
 */
public record ManagerProfile(
        UUID id,
        String displayName,
        String affiliation,
        String region,
        ManagerLevel level,
        List<String> fields,
        List<String> languages,
        boolean available,
        boolean certified,
        int points,
        int stars) {}
