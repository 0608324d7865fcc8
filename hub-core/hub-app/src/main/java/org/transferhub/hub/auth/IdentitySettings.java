package org.transferhub.hub.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.transferhub.kernel.config.RegionSettings;
import org.transferhub.kernel.plugin.PluginContext;

/**
 * Who signs people in ({@code transferhub.hub.identity}) and the OpenID Connect client's settings
 * ({@code transferhub.hub.oidc.*}), read from the region's configuration.
 *
 * <p>It carries the hub's {@code @OpenIdAuthenticationMechanismDefinition} (Jakarta Security finds it
 * on a CDI bean, not on a plain servlet), whose EL expressions ({@code ${hubOidc.issuer}}) read these
 * getters when the first sign-in starts, so the region's keys configure the mechanism.
 */
@ApplicationScoped
@Named("hubOidc")
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${hubOidc.issuer}",
        clientId = "${hubOidc.clientId}",
        clientSecret = "${hubOidc.clientSecret}",
        redirectURI = "${hubOidc.redirectUri}",
        // State and nonce in cookies, not in the HTTP session: the way out to the provider and the
        // way back may reach different instances of a cluster (nginx spreads requests round-robin).
        useSession = false,
        claimsDefinition =
                @ClaimsDefinition(
                        callerNameClaim = "${hubOidc.nameClaim}",
                        callerGroupsClaim = "${hubOidc.rolesClaim}"))
public class IdentitySettings {

    /** The demo identity store, {@link BuiltinUsers}. */
    public static final String BUILTIN = "builtin";

    /** The region's OpenID Connect provider, {@link OidcSignInServlet}. */
    public static final String OIDC = "oidc";

    /** Where the provider sends people back, below the hub's address; the sign-in servlet's path. */
    static final String LOGIN_PATH = "/auth/oidc/login";

    @Inject
    PluginContext hub;

    @Inject
    RegionSettings region;

    public String identity() {
        return hub.value("identity", String.class);
    }

    public boolean oidc() {
        return OIDC.equals(identity());
    }

    public String getIssuer() {
        URI issuer = hub.value("oidc.issuer", URI.class);
        return issuer == null ? null : issuer.toString();
    }

    public String getClientId() {
        return hub.value("oidc.client.id", String.class);
    }

    /** From the secrets directory, stripped of the newline an {@code echo} leaves (as every value). */
    public String getClientSecret() {
        return hub.value("oidc.client.secret", String.class);
    }

    public String getRolesClaim() {
        return hub.value("oidc.roles.claim", String.class);
    }

    public String getRegionClaim() {
        return hub.value("oidc.region.claim", String.class);
    }

    public String getNameClaim() {
        return hub.value("oidc.name.claim", String.class);
    }

    /**
     * The redirect URI registered at the provider: {@code <public.url>/auth/oidc/login}, or, without
     * a public URL, {@code ${baseURL}/auth/oidc/login}, which Jakarta Security fills in with the
     * address the request came in on.
     */
    public String getRedirectUri() {
        URI pub = hub.value("public.url", URI.class);
        String base = pub == null ? "${baseURL}" : pub.toString().replaceAll("/+$", "");
        return base + LOGIN_PATH;
    }

    /** What stops the hub from starting with this configuration; each message names its key. Empty when all is well. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        String identity = identity();
        String identityKey = hub.descriptor().configKey("identity");
        if (!identity.equals(BUILTIN) && !identity.equals(OIDC)) {
            problems.add("'" + identityKey + "' must be '" + OIDC + "' or '" + BUILTIN + "', got '" + identity + "'");
        }
        if (identity.equals(BUILTIN) && RegionSettings.PRODUCTION.equals(region.profile())) {
            problems.add("'" + identityKey + "' is '" + BUILTIN + "', the demo identity store, but '"
                    + RegionSettings.PROFILE
                    + "' is '" + RegionSettings.PRODUCTION + "': set " + identityKey + "=" + OIDC
                    + " and the provider's keys (" + hub.descriptor().configKey("oidc.issuer") + ", "
                    + hub.descriptor().configKey("oidc.client.id") + ", "
                    + hub.descriptor().configKey("oidc.client.secret") + "), or run a demo region ("
                    + RegionSettings.PROFILE + "=demo)");
        }
        if (identity.equals(OIDC)) {
            for (String key : List.of("oidc.issuer", "oidc.client.id", "oidc.client.secret")) {
                Object value = hub.value(key, Object.class);
                if (value == null || value.toString().isBlank()) {
                    problems.add("'" + hub.descriptor().configKey(key) + "' is required when '" + identityKey + "' is '"
                            + OIDC + "'" + (key.endsWith("secret") ? " (put it in the secrets directory)" : ""));
                }
            }
        }
        return problems;
    }
}
