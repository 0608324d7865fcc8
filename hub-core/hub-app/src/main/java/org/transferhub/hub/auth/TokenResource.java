package org.transferhub.hub.auth;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.transferhub.kernel.config.RegionSettings;
import org.transferhub.kernel.problem.ProblemException;
import org.transferhub.kernel.problem.ProblemType;
import org.transferhub.kernel.security.RegionKeys;
import org.transferhub.kernel.security.Roles;
import org.transferhub.kernel.security.TokenSigner;

/** {@code POST /hub/api/auth/token}: credentials in, region token out. */
@Path("auth")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    BuiltinUsers users;

    @Inject
    RegionSettings region;

    private TokenSigner signer;

    /** Credentials of a person. */
    public record Credentials(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password) {}

    /** A token for the {@code Authorization: Bearer} header, valid until {@code expiresAt}. */
    public record IssuedToken(String token, String tokenType, Instant expiresAt, String region, List<String> roles) {}

    /** Who the caller's token says they are. */
    public record Caller(String name, String region, Set<String> roles) {}

    @PostConstruct
    void init() {
        signer = new TokenSigner(RegionKeys.at(region.keyDirectory()).privateKey(), region.issuer());
    }

    @POST
    @Path("token")
    @PermitAll
    public IssuedToken token(
            @NotNull(message = "Send {\"username\": ..., \"password\": ...}.") @Valid Credentials credentials) {
        var user = users.authenticate(credentials.username(), credentials.password())
                .orElseThrow(() -> new ProblemException(
                        ProblemType.UNAUTHENTICATED, "Unknown user or wrong password. Check both and try again."));
        var signed = signer.sign(user.name(), user.roles(), region.id(), region.tokenLifetime());
        return new IssuedToken(signed.token(), "Bearer", signed.expiresAt(), region.id(), user.roles());
    }

    @GET
    @Path("me")
    @RolesAllowed({Roles.OPERATOR, Roles.HOLDER, Roles.PROVIDER, Roles.REVIEWER, Roles.MANAGER, Roles.SERVICE})
    public Caller me(@Context SecurityContext security) {
        JsonWebToken jwt = (JsonWebToken) security.getUserPrincipal();
        return new Caller(jwt.getName(), jwt.getClaim("region"), jwt.getGroups());
    }
}
