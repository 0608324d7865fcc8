package org.transferhub.incubation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.transferhub.kernel.directory.Services;
import org.transferhub.spi.talent.AssignmentRequest;
import org.transferhub.spi.talent.TalentRegistry;

/**
 * Asks the region's talent registry, through its SPI, for a technology manager to partner a
 * project. A region without one, or whose provider does not serve assignments yet, gets a 503
 * naming the missing service, and nothing changes.
 */
@ApplicationScoped
public class TalentPartner {

    @Inject
    Services services;

    /**
     * The id of the manager the registry assigned. A region without a registry is the kernel's 503
     * naming the missing service; the registry's own refusals (no manager available) pass through.
     */
    public UUID assign(UUID projectId, String institution, String field) {
        return services.require(TalentRegistry.class)
                .assign(new AssignmentRequest(projectId, institution, field))
                .managerId();
    }

    /** Ends the project's assignment: it passed or was rejected, and its manager has room again. */
    public void release(UUID projectId) {
        services.require(TalentRegistry.class).releaseFor(projectId);
    }
}
