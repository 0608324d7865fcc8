package org.transferhub.ops.bench.plugin;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import org.eclipse.microprofile.auth.LoginConfig;
import org.transferhub.kernel.plugin.PluginApplication;
import org.transferhub.kernel.security.Roles;

/** The plugin's REST API at {@code /bench/api}, secured by the region's tokens. */
@ApplicationPath("api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.OPERATOR, Roles.SERVICE})
public class BenchApi extends PluginApplication {}
