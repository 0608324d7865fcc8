package org.transferhub.hello.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.transferhub.hello.domain.Greetings;
import org.transferhub.hello.spi.Greeting;
import org.transferhub.hello.spi.GreetingRequest;
import org.transferhub.hello.spi.GreetingService;
import org.transferhub.kernel.idempotency.Idempotent;
import org.transferhub.kernel.problem.ProblemException;
import org.transferhub.kernel.problem.ProblemType;
import org.transferhub.kernel.security.Roles;
import org.transferhub.spi.Page;

/**
 * Implements the SPI: JAX-RS takes the method annotations (paths, parameters, validation) from
 * the interface; the class repeats only {@code @Path} and declares who may call each method.
 */
@Path("/")
@RequestScoped
public class GreetingResource implements GreetingService {

    @Inject
    Greetings greetings;

    @Inject
    JsonWebToken caller;

    /** State-changing: honours Idempotency-Key, so the record of the first result commits with the greeting. */
    @Override
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.HOLDER, Roles.OPERATOR, Roles.SERVICE})
    public Greeting greet(GreetingRequest request) {
        return greetings.greet(
                request.name().strip(), request.language() == null ? "zh-CN" : request.language(), caller.getName());
    }

    @Override
    @RolesAllowed({Roles.HOLDER, Roles.OPERATOR, Roles.PROVIDER, Roles.REVIEWER, Roles.MANAGER, Roles.SERVICE})
    public Greeting greeting(UUID id) {
        return greetings
                .find(id)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.NOT_FOUND,
                        "There is no greeting " + id + ". List greetings with GET /hello/api/greetings."));
    }

    @Override
    @RolesAllowed({Roles.HOLDER, Roles.OPERATOR, Roles.PROVIDER, Roles.REVIEWER, Roles.MANAGER, Roles.SERVICE})
    public Page<Greeting> greetings(int limit, String cursor) {
        return greetings.page(limit, cursor == null ? null : UUID.fromString(cursor));
    }
}
