package org.transferhub.hub.auth;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Logger;

/**
 * The hub's one authentication mechanism: it hands each request to one of the two the WAR has.
 *
 * <p>The hub's WAR carries two: MicroProfile JWT's (from {@code @LoginConfig(authMethod = "MP-JWT")}
 * on the API, verifying region tokens) and Jakarta Security's OpenID Connect mechanism (from
 * {@code @OpenIdAuthenticationMechanismDefinition} on {@link OidcSignInServlet}). Jakarta Security
 * 3.0 allows one per application, so this enabled alternative is the one the container uses, and it
 * gives the sign-in path ({@code /auth/oidc/...}) to OpenID Connect when the region signs people in
 * that way, and every other request to MicroProfile JWT.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class RegionAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(RegionAuthenticationMechanism.class.getName());

    @Inject
    BeanManager beans;

    @Inject
    IdentitySettings identity;

    private HttpAuthenticationMechanism tokens;
    private HttpAuthenticationMechanism openId;

    @PostConstruct
    void find() {
        for (Bean<?> bean : beans.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE)) {
            String kind = describe(bean);
            if (kind.contains(RegionAuthenticationMechanism.class.getName())) {
                continue;
            }
            var reference = (HttpAuthenticationMechanism)
                    beans.getReference(bean, HttpAuthenticationMechanism.class, beans.createCreationalContext(bean));
            // MicroProfile JWT's bean names its class; Jakarta Security's (Soteria) is a synthetic
            // bean of its CDI extension, and the only other mechanism the WAR defines is OpenID Connect's.
            if (kind.contains("JWT")) {
                tokens = reference;
            } else {
                openId = reference;
            }
        }
        if (tokens == null || openId == null) {
            throw new IllegalStateException("The hub needs MicroProfile JWT's and OpenID Connect's authentication"
                    + " mechanisms; found "
                    + beans.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE).stream()
                            .map(RegionAuthenticationMechanism::describe)
                            .toList());
        }
        LOG.fine("Region tokens and OpenID Connect sign-in share the hub's WAR");
    }

    private static String describe(Bean<?> bean) {
        return bean.getBeanClass().getName() + " " + bean.getTypes();
    }

    private HttpAuthenticationMechanism of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return identity.oidc() && path.startsWith("/auth/oidc/") ? openId : tokens;
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        HttpAuthenticationMechanism mechanism = of(request);
        if (mechanism == openId) {
            // The sign-in path is protected for OpenID Connect only: the mechanism sends a person
            // who is not signed in to the provider. A servlet security constraint would do the same,
            // but MicroProfile JWT refuses constraints next to @LoginConfig.
            context = new HttpMessageContextWrapper(context) {
                @Override
                public boolean isProtected() {
                    return true;
                }
            };
        }
        return mechanism.validateRequest(request, response, context);
    }

    @Override
    public AuthenticationStatus secureResponse(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        return of(request).secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        of(request).cleanSubject(request, response, context);
    }
}
