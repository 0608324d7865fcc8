package org.transferhub.regions.demo.probe;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.transferhub.hello.spi.Greeting;
import org.transferhub.hello.spi.GreetingRequest;
import org.transferhub.hello.spi.GreetingService;
import org.transferhub.kernel.directory.Services;

/** A plugin that calls other services only through their SPIs, as every plugin must. */
@Path("probe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    @Inject
    Services services;

    @GET
    @Path("greet")
    @RolesAllowed({"holder", "operator"})
    public Greeting greet(@QueryParam("name") String name) {
        return services.require(GreetingService.class).greet(new GreetingRequest(name, "en"));
    }

    @GET
    @Path("missing")
    @RolesAllowed({"holder", "operator"})
    public String missing() {
        return services.require(ProbeService.class).ping();
    }

    @GET
    @Path("fault")
    @PermitAll
    public String fault() {
        throw new IllegalStateException("secret internal detail");
    }
}
