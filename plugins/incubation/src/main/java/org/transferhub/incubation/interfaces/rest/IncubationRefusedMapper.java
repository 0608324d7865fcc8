package org.transferhub.incubation.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.transferhub.incubation.application.IncubationRefused;
import org.transferhub.kernel.problem.Problem;
import org.transferhub.kernel.problem.ProblemType;

/**
 * A refusal of the programme's rules as a problem of its own kind,
 * {@code urn:transferhub:problem:incubation:<reason>}: 404 for what does not exist, 403 for acting
 * on another team's project or reviewing without an assignment or with a conflict of interest,
 * 409 for what the project's state does not allow now (wrong stage or round, not enough reviews,
 * done already), 422 for the rest.
 */
@Provider
public class IncubationRefusedMapper implements ExceptionMapper<IncubationRefused> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(IncubationRefused e) {
        int status =
                switch (e.reason()) {
                    case UNKNOWN_PROGRAMME, UNKNOWN_PROJECT, UNKNOWN_MILESTONE -> 404;
                    case NOT_YOUR_PROJECT, NOT_ASSIGNED, CONFLICT_OF_INTEREST -> 403;
                    case ALREADY_SCREENED,
                            NOT_ACTIVE,
                            WRONG_STAGE,
                            WRONG_ROUND,
                            ALREADY_ASSIGNED,
                            ALREADY_REVIEWED,
                            NOT_ENOUGH_REVIEWS,
                            ALREADY_DECIDED,
                            ALREADY_REPORTED,
                            ALREADY_ACHIEVED,
                            MANAGER_ASSIGNED -> 409;
                    default -> 422;
                };
        String name = e.reason().name();
        ProblemType type = ProblemType.custom(
                "incubation",
                name.toLowerCase(Locale.ROOT).replace('_', '-'),
                status,
                name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT).replace('_', ' '));
        return new Problem(type, e.getMessage(), uri.getRequestUri().getRawPath()).toResponse();
    }
}
