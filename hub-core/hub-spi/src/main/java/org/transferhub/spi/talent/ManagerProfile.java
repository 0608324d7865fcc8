package org.transferhub.spi.talent;

import java.util.List;
import java.util.UUID;

/** The public profile of a technology manager. */
public record ManagerProfile(
        UUID id,
        String displayName,
        String affiliation,
        String region,
        ManagerLevel level,
        List<String> fields,
        List<String> languages,
        boolean available) {}
