package org.transferhub.hub;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.transferhub.kernel.plugin.PluginApplication;
import org.transferhub.kernel.security.Roles;

/** The hub's REST API at {@code /hub/api}. A CDI bean, as MicroProfile JWT on Payara needs it to be. */
@ApplicationPath("api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.OPERATOR, Roles.HOLDER, Roles.PROVIDER, Roles.REVIEWER, Roles.MANAGER, Roles.SERVICE})
@OpenAPIDefinition(
        info =
                @Info(
                        title = "TransferHub region API",
                        version = "0.1",
                        description = "The hub (/hub/api) and every plugin of the region (/<plugin-id>/api)."))
public class HubApi extends PluginApplication {}
