package org.transferhub.spi.incubation;

import java.util.UUID;

/**
 * A proof-of-concept project built on a research result (科技成果).
 *
 * @param trl technology readiness level, 1 to 9
 */
public record ProjectSummary(UUID id, String title, String institution, PocStage stage, int trl, UUID managerId) {}
