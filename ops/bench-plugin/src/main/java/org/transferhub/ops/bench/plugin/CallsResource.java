package org.transferhub.ops.bench.plugin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.function.Supplier;
import org.transferhub.kernel.directory.Services;
import org.transferhub.kernel.security.Roles;

/** {@code GET /bench/api/calls?n=N}: times N calls of the SPI each way (after N to warm up). */
@Path("calls")
@RequestScoped
public class CallsResource {

    @Inject
    Services services;

    @Inject
    EchoResource local;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public CallCosts calls(
            @QueryParam("n")
                    @DefaultValue("1000")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100000, message = "must be at most 100000")
                    int n) {
        EchoService remote = services.require(EchoService.class);
        return new CallCosts(
                n,
                nanosPerCall(n, () -> local),
                nanosPerCall(n, () -> remote),
                nanosPerCall(n, () -> services.require(EchoService.class)));
    }

    /** Warms up with n calls, then times n calls of the service the supplier gives at each call. */
    private static double nanosPerCall(int n, Supplier<EchoService> service) {
        long answered = 0; // used, so that the JIT cannot drop the local calls
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                answered += service.get().echo("x").length();
            }
            if (round == 1 && answered == 2L * n) {
                return (System.nanoTime() - start) / (double) n;
            }
        }
        throw new IllegalStateException("The echo service did not echo");
    }
}
