package org.transferhub.licensing.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.transferhub.kernel.problem.Problem;
import org.transferhub.kernel.problem.ProblemType;
import org.transferhub.licensing.application.LicensingRefused;

/**
 * A refusal of the licensing rules as a problem of its own kind,
 * {@code urn:transferhub:problem:licensing:<reason>}: 404 for what does not exist (or is another
 * licensee's), 409 for what can no longer change or was done already, 422 for the rest.
 */
@Provider
public class LicensingRefusedMapper implements ExceptionMapper<LicensingRefused> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(LicensingRefused e) {
        String name = e.reason().name().toLowerCase(Locale.ROOT);
        ProblemType type = ProblemType.custom(
                "licensing",
                name.replace('_', '-'),
                e.reason().status(),
                Character.toUpperCase(name.charAt(0)) + name.substring(1).replace('_', ' '));
        return new Problem(type, e.getMessage(), uri.getRequestUri().getRawPath()).toResponse();
    }
}
