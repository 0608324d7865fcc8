package org.transferhub.kernel.plugin;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.transferhub.spi.plugin.PluginDescriptor;

/** {@code GET /<plugin-id>/api/plugin}: every plugin answers with its descriptor. Public: it holds no secrets, only key names. */
@Path("plugin")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PluginResource {

    @Inject
    PluginContext plugin;

    @GET
    @PermitAll
    public PluginDescriptor descriptor() {
        return plugin.descriptor();
    }
}
