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
            errors.forEach(e -> a.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
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
