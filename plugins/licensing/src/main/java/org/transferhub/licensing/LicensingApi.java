package org.transferhub.licensing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import org.eclipse.microprofile.auth.LoginConfig;
import org.transferhub.kernel.plugin.PluginApplication;
import org.transferhub.kernel.security.Roles;

/** The licensing plugin's REST API at {@code /licensing/api}, secured by the region's tokens. */
@ApplicationPath("api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.OPERATOR, Roles.HOLDER, Roles.PROVIDER, Roles.REVIEWER, Roles.MANAGER, Roles.SERVICE})
public class LicensingApi extends PluginApplication {}
