package org.transferhub.incubation;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import org.eclipse.microprofile.auth.LoginConfig;
import org.transferhub.kernel.plugin.PluginApplication;
import org.transferhub.kernel.security.Roles;

/** The incubation plugin's REST API at {@code /incubation/api}, secured by the region's tokens. */
@ApplicationPath("api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.OPERATOR, Roles.HOLDER, Roles.PROVIDER, Roles.REVIEWER, Roles.MANAGER, Roles.SERVICE})
public class IncubationApi extends PluginApplication {}
