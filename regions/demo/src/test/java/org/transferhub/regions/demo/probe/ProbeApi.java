package org.transferhub.regions.demo.probe;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import org.eclipse.microprofile.auth.LoginConfig;
import org.transferhub.kernel.plugin.PluginApplication;
import org.transferhub.kernel.security.Roles;

@ApplicationPath("api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.OPERATOR, Roles.HOLDER, Roles.SERVICE})
public class ProbeApi extends PluginApplication {}
