package org.transferhub.spi.talent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A request for a technology manager to partner a project.
 *
 * @param institution the project's institution: its own managers are excluded (conflict of interest)
 */
public record AssignmentRequest(
        @NotNull UUID projectId,
        @NotBlank @Size(max = 200) String institution,
        @NotBlank @Size(max = 100) String field) {}
