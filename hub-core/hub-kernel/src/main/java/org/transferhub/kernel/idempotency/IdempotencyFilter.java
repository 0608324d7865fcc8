package org.transferhub.kernel.idempotency;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.transferhub.kernel.config.RegionSettings;
import org.transferhub.kernel.problem.Problem;
import org.transferhub.kernel.problem.ProblemException;
import org.transferhub.kernel.problem.ProblemType;

/**
 * Before an {@link Idempotent} method runs: checks the key, hashes the body, and answers a repeat
 * from the record of the first result (or refuses a reused key with another body). Runs after
 * authentication, so the caller is part of the key's scope.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";
    private static final String KEY_PATTERN = "[\\x21-\\x7E]{1,255}";

    @Context
    ResourceInfo resource;

    @Inject
    IdempotentRequest current;

    @Inject
    IdempotencyRecords records;

    @Inject
    RegionSettings region;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !idempotent()) {
            return;
        }
        if (!key.matches(KEY_PATTERN)) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "Send an Idempotency-Key of 1 to 255 visible ASCII characters, e.g. a UUID.",
                    List.of(new Problem.FieldError(HEADER, "must be 1 to 255 visible ASCII characters")));
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        var caller = request.getSecurityContext().getUserPrincipal();
        String scope = region.id() + " " + (caller == null ? "-" : caller.getName()) + " " + request.getMethod() + " "
                + request.getUriInfo().getRequestUri().getRawPath();
        if (scope.length() > 400) { // the column's width: a long path is kept as its digest
            scope = "sha256:" + sha256(scope.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String hash = sha256(body);
        current.set(scope, key, hash);
        try {
            var stored = records.find(scope, key);
            if (stored.isPresent()) {
                if (!stored.get().hash().equals(hash)) {
                    throw new ProblemException(
                            ProblemType.UNPROCESSABLE,
                            "This Idempotency-Key was already used for a different request. Use a new key for a new request.");
                }
                request.abortWith(Response.status(stored.get().status())
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(stored.get().body())
                        .header(REPLAYED, "true")
                        .build());
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot read idempotency records", e);
        }
    }

    /** {@link Idempotent} on the resource method or on its class (where it covers every method). */
    private boolean idempotent() {
        return resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(Idempotent.class)
                        || resource.getResourceClass().isAnnotationPresent(Idempotent.class));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
