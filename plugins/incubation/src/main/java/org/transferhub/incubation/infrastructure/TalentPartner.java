package org.transferhub.incubation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.transferhub.kernel.directory.Services;
import org.transferhub.kernel.problem.ProblemException;
import org.transferhub.kernel.problem.ProblemType;
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

    /** The id of the manager the registry assigned. */
    public UUID assign(UUID projectId, String institution, String field) {
        TalentRegistry registry = services.require(TalentRegistry.class);
        try {
            return registry.assign(new AssignmentRequest(projectId, institution, field))
                    .managerId();
        } catch (ProblemException e) {
            if (e.type().type().equals(ProblemType.NOT_FOUND.type())) {
                // The provider registered the SPI but has no such endpoint: as good as missing.
                throw new ProblemException(
                        ProblemType.SERVICE_UNAVAILABLE,
                        "The region's provider of TalentRegistry (talent 0.1) is registered but does not serve manager"
                                + " assignments yet (" + e.detail() + "). Ask the region operator to deploy a talent"
                                + " plugin that implements TalentRegistry; the project keeps no manager until then.");
            }
            throw e;
        }
    }
}
