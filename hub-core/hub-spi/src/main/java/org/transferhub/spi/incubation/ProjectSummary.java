package org.transferhub.spi.incubation;

import java.util.UUID;

/**
 * A proof-of-concept project built on a research result (科技成果).
 *
 * @param stage the stage the project is at (while SCREENING: IDEATION, the one it will enter; once
 *     PASSED or REJECTED: the last one it was at)
 * @param trl technology readiness level, 1 to 9
 * @param managerId the technology manager partnering the project, null until one is assigned
 */
public record ProjectSummary(
        UUID id,
        UUID programmeId,
        String title,
        String institution,
        String field,
        PocStage stage,
        ProjectStatus status,
        int trl,
        UUID managerId) {}
