package org.transferhub.hub.region;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.transferhub.kernel.config.RegionSettings;
import org.transferhub.kernel.plugin.PluginContext;

/** {@code GET /hub/api/region}: the region this hub serves. Public. */
@Path("region")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    @Inject
    RegionSettings region;

    @Inject
    PluginContext hub;

    /**
     * The region as clients see it; {@code identity} tells the portal how people sign in
     * ({@code builtin}: the demo identity store's password form).
     */
    public record RegionInfo(
            String id,
            String name,
            String hubVersion,
            String identity,
            String portal,
            String directory,
            String health,
            String openapi) {}

    @GET
    @PermitAll
    public RegionInfo region() {
        return new RegionInfo(
                region.id(),
                region.name(),
                hub.descriptor().version(),
                hub.value("identity", String.class),
                "/hub/portal/",
                "/hub/api/plugins",
                "/health",
                "/openapi");
    }
}
