package org.transferhub.ops.bench.plugin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import org.transferhub.kernel.security.Roles;

/** The SPI's implementation: the provider side of every remote call. */
@Path("/")
@RequestScoped
public class EchoResource implements EchoService {

    @Override
    @RolesAllowed({Roles.OPERATOR, Roles.SERVICE})
    public String echo(String text) {
        return text;
    }
}
