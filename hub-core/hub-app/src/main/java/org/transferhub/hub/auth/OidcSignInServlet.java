package org.transferhub.hub.auth;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.transferhub.kernel.config.RegionSettings;
import org.transferhub.kernel.security.RegionKeys;
import org.transferhub.kernel.security.Roles;
import org.transferhub.kernel.security.TokenSigner;

/**
 * {@code GET /hub/auth/oidc/login}: sign-in through the region's OpenID Connect provider, when
 * {@code transferhub.hub.identity} is {@code oidc}.
 *
 * <p>Jakarta Security's OpenID Connect mechanism (declared on {@link IdentitySettings}, handed this
 * path by {@link RegionAuthenticationMechanism}) sends a person who is not signed in to the provider
 * (authorization code flow) and takes them back here, the redirect URI, with the code. Then this servlet reads the ID token's claims: the region claim must be this
 * region's id, and the roles claim must hold at least one of TransferHub's roles (others are
 * dropped). It signs a region token with the region's key, exactly as {@code POST
 * /hub/api/auth/token} does for the demo store, ends the short HTTP session the mechanism used,
 * and sends the browser to the portal with the token in the address's fragment
 * ({@code /hub/portal/#token=...}), which never reaches a server. A person of another region, or
 * with none of the roles, gets no token: the portal says why ({@code #signin=wrong-region},
 * {@code #signin=no-role}).
 */
@WebServlet(IdentitySettings.LOGIN_PATH)
public class OidcSignInServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(OidcSignInServlet.class.getName());

    /** The roles a person can hold; {@code service} is for plugins only and is never taken from a provider. */
    static final List<String> PERSON_ROLES =
            List.of(Roles.OPERATOR, Roles.HOLDER, Roles.PROVIDER, Roles.REVIEWER, Roles.MANAGER);

    @Inject
    IdentitySettings identity;

    @Inject
    RegionSettings region;

    @Inject
    OpenIdContext openId;

    private TokenSigner signer;

    @PostConstruct
    void readKey() {
        signer = new TokenSigner(RegionKeys.at(region.keyDirectory()).privateKey(), region.issuer());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        if (!identity.oidc()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND); // the demo store signs people in here
            return;
        }
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED); // the provider's answer did not verify
            return;
        }
        var claims = openId.getIdentityToken().getJwtClaims();
        String name = claims.getStringClaim(identity.getNameClaim()).orElse(openId.getSubject());
        Optional<String> theirRegion = claims.getStringClaim(identity.getRegionClaim())
                .or(() -> openId.getClaims().getStringClaim(identity.getRegionClaim()));
        List<String> claimed = claims.getArrayStringClaim(identity.getRolesClaim());
        if (claimed.isEmpty()) {
            claimed = openId.getClaims().getArrayStringClaim(identity.getRolesClaim()); // the userinfo answer
        }
        List<String> roles = claimed.stream()
                .filter(PERSON_ROLES::contains)
                .distinct()
                .sorted()
                .toList();
        endHttpSession(request);
        String portal = request.getContextPath() + "/portal/";
        if (theirRegion.isEmpty() || !theirRegion.get().equals(region.id())) {
            LOG.warning(() -> "Sign-in of '" + name + "' refused: the provider says region '"
                    + theirRegion.orElse("(none)") + "' (claim '" + identity.getRegionClaim() + "'), this is '"
                    + region.id() + "'");
            response.sendRedirect(portal + "#signin=wrong-region");
            return;
        }
        if (roles.isEmpty()) {
            LOG.warning(() -> "Sign-in of '" + name + "' refused: none of " + PERSON_ROLES + " in claim '"
                    + identity.getRolesClaim() + "'");
            response.sendRedirect(portal + "#signin=no-role");
            return;
        }
        var signed = signer.sign(name, roles, region.id(), region.tokenLifetime());
        LOG.info(() -> "Signed in '" + name + "' with roles " + roles + " through OpenID Connect");
        response.sendRedirect(portal + "#token=" + signed.token());
    }

    /**
     * The region token is all the portal keeps: the session the mechanism kept the login in is not
     * needed any more. (Not {@code request.logout()}: OpenID Connect's logout answers the response
     * itself.)
     */
    private static void endHttpSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
