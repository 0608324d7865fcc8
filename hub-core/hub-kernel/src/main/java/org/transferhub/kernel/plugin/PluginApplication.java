package org.transferhub.kernel.plugin;

import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The base of every plugin's JAX-RS application. The subclass carries the annotations
 * ({@code @ApplicationPath("api")}, {@code @ApplicationScoped},
 * {@code @LoginConfig(authMethod = "MP-JWT")}, {@code @DeclareRoles}); this class sets what every
 * plugin shares.
 */
public abstract class PluginApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // No WADL: Jersey would describe every API at /api/application.wadl to anyone, without a
        // token; /openapi is the region's description.
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
