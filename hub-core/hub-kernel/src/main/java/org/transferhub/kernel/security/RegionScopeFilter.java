package org.transferhub.kernel.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.transferhub.kernel.config.RegionSettings;
import org.transferhub.kernel.problem.ProblemException;
import org.transferhub.kernel.problem.ProblemType;

/**
 * Roles hold in one region only: a token whose {@code region} claim is not this region's id is
 * refused with 403, whatever roles it carries. Runs after the role check.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class RegionScopeFilter implements ContainerRequestFilter {

    @Inject
    RegionSettings region;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (principal instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim("region");
            String tokenRegion = claim == null ? null : claim.toString().replace("\"", "");
            if (!region.id().equals(tokenRegion)) {
                throw new ProblemException(
                        ProblemType.WRONG_REGION,
                        "Your token is for region '" + tokenRegion + "', but this hub serves region '" + region.id()
                                + "'. Sign in to this region's hub to get a token for it.");
            }
        }
    }
}
