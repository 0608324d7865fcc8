package org.transferhub.kernel.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import org.transferhub.kernel.problem.ProblemException;
import org.transferhub.kernel.problem.ProblemType;
import org.transferhub.kernel.security.ServiceTokens;

/**
 * Builds MicroProfile REST Client proxies of SPI interfaces. Every call carries the caller's own
 * token when there is one (the provider then checks the caller's roles), else this plugin's
 * service token. A provider's problem comes back as a {@link ProblemException} with the provider's
 * type and detail; a provider that cannot be reached is a 503.
 */
@ApplicationScoped
public class RemoteServices {

    @Inject
    ServiceTokens serviceTokens;

    @Inject
    HttpServletRequest request;

    private final java.util.Map<String, Object> proxies = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param spi the JAX-RS interface
     * @param apiRoot the provider's {@code /api} URL
     * @param providerName who answers, for messages
     * @param asService always call with the service token, never the caller's
     */
    public <T> T proxy(Class<T> spi, URI apiRoot, String providerName, boolean asService) {
        // One client per provider and SPI: a REST client holds connections, so it is built once, not per call.
        Object proxy = proxies.computeIfAbsent(
                spi.getName() + " " + apiRoot + " " + asService, k -> build(spi, apiRoot, providerName, asService));
        return spi.cast(proxy);
    }

    private <T> T build(Class<T> spi, URI apiRoot, String providerName, boolean asService) {
        T client = RestClientBuilder.newBuilder()
                .baseUri(apiRoot)
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .register((ClientRequestFilter)
                        ctx -> ctx.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, authorization(asService)))
                .register(new ProblemResponses(providerName))
                .build(spi);
        InvocationHandler handler = (p, method, args) -> {
            try {
                return method.invoke(client, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof ProcessingException) {
                    throw new ProblemException(
                            ProblemType.SERVICE_UNAVAILABLE,
                            "The " + providerName + " service does not answer at " + apiRoot
                                    + ". Try again later; if it persists, tell the region operator.");
                }
                throw cause;
            }
        };
        return spi.cast(Proxy.newProxyInstance(spi.getClassLoader(), new Class<?>[] {spi}, handler));
    }

    private String authorization(boolean asService) {
        if (!asService) {
            try {
                String caller = request.getHeader(HttpHeaders.AUTHORIZATION);
                if (caller != null) {
                    return caller;
                }
            } catch (ContextNotActiveException | IllegalStateException noRequest) {
                // a background call: fall through to the service token
            }
        }
        return "Bearer " + serviceTokens.token();
    }

    /** Turns a provider's problem+json answer into a {@link ProblemException} with the provider's words. */
    static final class ProblemResponses implements ResponseExceptionMapper<ProblemException> {

        private final String provider;

        ProblemResponses(String provider) {
            this.provider = provider;
        }

        @Override
        public boolean handles(int status, MultivaluedMap<String, Object> headers) {
            return status >= 400;
        }

        @Override
        public ProblemException toThrowable(Response response) {
            int status = response.getStatus();
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            String type = null;
            String title = null;
            String detail = null;
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                JsonObject o = r.readObject();
                type = o.getString("type", null);
                title = o.getString("title", null);
                detail = o.getString("detail", null);
            } catch (RuntimeException notProblemJson) {
                // keep the generic words below
            }
            if (status >= 500) {
                return new ProblemException(
                        ProblemType.SERVICE_UNAVAILABLE,
                        "The " + provider + " service failed (" + status + (detail == null ? "" : ": " + detail)
                                + "). Try again later.");
            }
            ProblemType kind = type == null
                    ? ProblemType.forStatus(status)
                    : new ProblemType(
                            URI.create(type),
                            status,
                            title == null ? ProblemType.forStatus(status).title() : title);
            return new ProblemException(
                    kind,
                    detail == null ? "The " + provider + " service refused the request (" + status + ")." : detail);
        }
    }
}
