package org.transferhub.spi.talent;

import java.time.Instant;
import java.util.UUID;

/** A technology manager assigned to a project. */
public record Assignment(UUID id, UUID projectId, UUID managerId, Instant assignedAt) {}
