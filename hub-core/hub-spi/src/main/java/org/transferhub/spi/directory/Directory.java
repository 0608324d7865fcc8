package org.transferhub.spi.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.transferhub.spi.Page;
import org.transferhub.spi.plugin.PluginDescriptor;

/**
 * The region's directory of plugins, kept in the region database so that every instance of a
 * cluster sees the same one. Plugins register at start-up and then repeat the registration as a
 * heartbeat; an instance that stops reporting turns STALE.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface Directory {

    /**
     * Plugins of this region, ordered by id.
     *
     * @param spi only plugins providing this SPI (fully qualified interface name); all when absent
     * @param limit page size, 1 to 100
     * @param cursor the {@code nextCursor} of the previous page
     */
    @GET
    @Path("plugins")
    Page<PluginEntry> plugins(
            @QueryParam("spi") String spi,
            @QueryParam("limit")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100, message = "must be at most 100")
                    int limit,
            @QueryParam("cursor")
                    @Pattern(regexp = PluginDescriptor.ID_PATTERN, message = "is not a cursor this API returned")
                    String cursor);

    /** Registers one instance of a plugin, or renews its registration (a heartbeat); idempotent. */
    @PUT
    @Path("plugins/{id}/instances/{instance}")
    PluginEntry register(
            @PathParam("id")
                    @Pattern(regexp = PluginDescriptor.ID_PATTERN, message = "must be lowercase letters and digits")
                    String id,
            @PathParam("instance")
                    @Pattern(
                            regexp = "[A-Za-z0-9._-]{1,64}",
                            message = "must be 1 to 64 letters, digits, dots, dashes or underscores")
                    String instance,
            @NotNull(message = "A registration body is required.") @Valid Registration registration);
}
