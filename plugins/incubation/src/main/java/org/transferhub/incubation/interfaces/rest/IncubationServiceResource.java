package org.transferhub.incubation.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import java.util.UUID;
import org.transferhub.kernel.security.Roles;
import org.transferhub.spi.Page;
import org.transferhub.spi.incubation.Funnel;
import org.transferhub.spi.incubation.IncubationService;
import org.transferhub.spi.incubation.PocStage;
import org.transferhub.spi.incubation.ProjectSummary;

/** The SPI: project summaries and the funnel, for the portal, the console, the region's statistics and other plugins. */
@Path("/")
@RequestScoped
public class IncubationServiceResource implements IncubationService {

    @Inject
    IncubationBackend backend;

    @Override
    @Transactional
    @RolesAllowed({Roles.OPERATOR, Roles.REVIEWER, Roles.MANAGER, Roles.SERVICE})
    public ProjectSummary project(UUID id) {
        return backend.incubation().project(id).summary();
    }

    @Override
    @Transactional
    @RolesAllowed({Roles.OPERATOR, Roles.REVIEWER, Roles.MANAGER, Roles.SERVICE})
    public Page<ProjectSummary> projects(PocStage stage, int limit, String cursor) {
        return backend.incubation().projects(stage, limit, Cursors.after(cursor));
    }

    @Override
    @Transactional
    @RolesAllowed({Roles.OPERATOR, Roles.SERVICE})
    public Funnel funnel(UUID programme) {
        if (programme != null) {
            backend.incubation().programme(programme); // an unknown programme is a 404, not an empty funnel
        }
        return backend.funnel().funnel(programme);
    }
}
