package org.transferhub.spi.incubation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.transferhub.spi.Page;
import org.transferhub.spi.Spi;

/**
 * Projects going through proof of concept, as other services, the portal and the region's
 * statistics see them. Read-only: the programme itself is run through the providing plugin's own
 * API.
 */
@Spi(name = "incubation", version = "0.1")
@Produces(MediaType.APPLICATION_JSON)
public interface IncubationService {

    @GET
    @Path("projects/{id}")
    ProjectSummary project(@PathParam("id") @NotNull UUID id);

    /** Projects ordered by id, optionally only those at one stage. */
    @GET
    @Path("projects")
    Page<ProjectSummary> projects(
            @QueryParam("stage") PocStage stage,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit,
            @QueryParam("cursor") String cursor);

    /** The funnel of one programme, or of every programme of the region when {@code programme} is absent. */
    @GET
    @Path("funnel")
    Funnel funnel(@QueryParam("programme") UUID programme);
}
