package org.transferhub.spi.talent;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.transferhub.spi.Spi;

/** Certified technology managers: their public profiles and their assignment to work. */
@Spi(name = "talent", version = "0.1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface TalentRegistry {

    /** The public profile: never phone or identity numbers. */
    @GET
    @Path("managers/{id}")
    ManagerProfile manager(@PathParam("id") @NotNull UUID id);

    /** Picks an active, available manager without a conflict of interest and assigns them. */
    @POST
    @Path("assignments")
    Assignment assign(@NotNull(message = "An assignment request is required.") @Valid AssignmentRequest request);

    /** Ends a project's open assignment (the project passed or was rejected): the manager has room again. */
    @POST
    @Path("projects/{projectId}/release")
    Assignment releaseFor(@PathParam("projectId") @NotNull UUID projectId);
}
