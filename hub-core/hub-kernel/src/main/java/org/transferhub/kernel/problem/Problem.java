package org.transferhub.kernel.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document.
 *
 * @param type what kind of error
 * @param detail what happened and what to do about it, for a person
 * @param instance the request path it happened on
 * @param errors one entry per invalid field, for validation failures
 */
public record Problem(ProblemType type, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = new MediaType("application", "problem+json");

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public Problem(ProblemType type, String detail, String instance) {
        this(type, detail, instance, List.of());
    }

    /** What to do about a missing token; shared by the JAX-RS and the servlet side. */
    public static final String SEND_A_TOKEN =
            "Send a valid token in the Authorization header (Bearer). Get one from the hub: POST /hub/api/auth/token.";
    /** What to do about a role that may not call an endpoint. */
    public static final String WRONG_ROLE =
            "Your role may not do this here. Sign in as a user with the right role for this region.";
    /** What to do about a path nothing answers. */
    public static final String NOTHING_HERE =
            "Nothing here. Check the path against this region's API description at /openapi.";

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Problem.class.getName());

    /**
     * What an exception nobody mapped means to the client: a lost race with another transaction is a
     * 409 to retry (nothing was written); anything else is {@linkplain #serverFault our fault}.
     */
    public static Problem unexpected(Throwable error, String path) {
        if (ConcurrentChange.in(error)) {
            return new Problem(
                    ProblemType.CONFLICT,
                    "Someone changed this at the same moment; nothing of your request was done. Read it again and retry.",
                    path);
        }
        return serverFault(error, path);
    }

    /**
     * Our fault: logs the error with a new incident id and returns the 500 problem that quotes it,
     * so the operator finds the stack trace and the client sees none.
     */
    public static Problem serverFault(Throwable error, String path) {
        String incident = java.util.UUID.randomUUID().toString();
        LOG.log(java.util.logging.Level.SEVERE, "Incident " + incident + " on " + path, error);
        return new Problem(
                ProblemType.SERVER_ERROR,
                "Something went wrong on our side; nothing you sent was changed. Quote incident " + incident
                        + " to the region operator.",
                path);
    }

    /** One invalid input: where it is ({@code body.price.amount} for a body field, {@code limit} for a query parameter) and what is wrong. */
    public record FieldError(String field, String message) {}

    public JsonObject toJson() {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", type.type().toString())
                .add("title", type.title())
                .add("status", type.status());
        if (detail != null) {
            b.add("detail", detail);
        }
        if (instance != null) {
            b.add("instance", instance);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            errors.forEach(e ->
                    a.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            b.add("errors", a);
        }
        return b.build();
    }

    public Response toResponse() {
        Response.ResponseBuilder r = Response.status(type.status()).type(MEDIA).entity(toJson().toString());
        if (type.status() == 401) {
            r.header("WWW-Authenticate", "Bearer realm=\"transferhub\"");
        }
        return r.build();
    }
}
