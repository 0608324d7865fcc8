package org.transferhub.kernel.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** The JAX-RS side of problem+json: one mapper per family of exceptions, all writing {@link Problem}s. */
public final class ProblemMappers {

    private ProblemMappers() {}

    static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** Errors JAX-RS itself raises (unknown path, wrong method, missing token, wrong role) and {@link ProblemException}s. */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException e) {
            if (e instanceof ProblemException p) {
                return p.toProblem(path(uri)).toResponse();
            }
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                return ServerFault.report(e, path(uri));
            }
            String parameter = parameterName(e);
            if (parameter != null) {
                return new Problem(
                                ProblemType.VALIDATION_FAILED,
                                "Fix '" + parameter + "': it is not a value of the expected type.",
                                path(uri),
                                List.of(new Problem.FieldError(parameter, "is not a value of the expected type")))
                        .toResponse();
            }
            Throwable cause = e.getCause();
            if (cause instanceof JsonbException
                    || cause instanceof JsonParsingException
                    || cause instanceof ProcessingException) {
                return malformed(cause, path(uri));
            }
            ProblemType type = ProblemType.forStatus(status);
            String detail =
                    switch (status) {
                        case 400 -> e.getMessage() != null && !e.getMessage().startsWith("HTTP 400")
                                ? e.getMessage()
                                : "The request is missing its body or is not valid JSON of the expected shape. Check it against /openapi.";
                        case 401 -> Problem.SEND_A_TOKEN;
                        case 403 -> Problem.WRONG_ROLE;
                        case 404 -> e instanceof NotFoundException
                                        && e.getMessage() != null
                                        && !e.getMessage().startsWith("HTTP 404")
                                ? e.getMessage()
                                : Problem.NOTHING_HERE;
                        case 405 -> "Use one of the methods this resource allows: "
                                + String.join(", ", e.getResponse().getAllowedMethods()) + ".";
                        case 406 -> "This resource answers in application/json; send Accept: application/json.";
                        case 415 -> "Send the body as application/json (Content-Type: application/json).";
                        default -> e.getMessage();
                    };
            Response r = new Problem(type, detail, path(uri)).toResponse();
            if (e instanceof NotAllowedException) {
                return Response.fromResponse(r)
                        .allow(e.getResponse().getAllowedMethods())
                        .build();
            }
            return r; // a 401 carries WWW-Authenticate from Problem.toResponse
        }

        /**
         * The name of a path, query or header parameter that did not convert (Jersey's
         * ParamException, read by reflection to keep the kernel on the JAX-RS API), else null.
         */
        static String parameterName(WebApplicationException e) {
            for (Class<?> c = e.getClass(); c != null; c = c.getSuperclass()) {
                if (c.getName().equals("org.glassfish.jersey.server.ParamException")) {
                    try {
                        return (String) c.getMethod("getParameterName").invoke(e);
                    } catch (ReflectiveOperationException | ClassCastException notJersey) {
                        return null;
                    }
                }
            }
            return null;
        }
    }

    /** Bean Validation failures on parameters and bodies: 400 with one entry per bad field. */
    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            String detail = errors.size() == 1
                    ? "Fix '" + errors.get(0).field() + "': " + errors.get(0).message() + "."
                    : "Fix the " + errors.size() + " fields listed in 'errors' and send the request again.";
            return new Problem(ProblemType.VALIDATION_FAILED, detail, path(uri), errors).toResponse();
        }

        /** {@code body.price.amount} for a body field, {@code limit} for a parameter, without the Java method's name. */
        static String field(ConstraintViolation<?> v) {
            StringBuilder sb = new StringBuilder();
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                    continue;
                }
                if (node.getKind() == ElementKind.PARAMETER) {
                    sb.append(parameterName(v, node));
                    continue;
                }
                if (node.getName() == null || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                    if (node.getIndex() != null) {
                        sb.append('[').append(node.getIndex()).append(']');
                    }
                    continue;
                }
                if (node.getIndex() != null) {
                    sb.append('[').append(node.getIndex()).append(']');
                }
                sb.append(sb.length() == 0 ? "" : ".").append(node.getName());
            }
            return sb.length() == 0 ? "body" : sb.toString();
        }

        private static String parameterName(ConstraintViolation<?> v, Path.Node node) {
            // Parameters carrying a JAX-RS name (query, path, header) are named as the client sent
            // them; the entity parameter is "body". The annotations sit on the SPI interface's
            // method, so every declaration of the method is searched.
            int index = node.as(Path.ParameterNode.class).getParameterIndex();
            for (var method : declarations(v)) {
                for (var a : method.getParameters()[index].getAnnotations()) {
                    if (a instanceof jakarta.ws.rs.QueryParam q) {
                        return q.value();
                    }
                    if (a instanceof jakarta.ws.rs.PathParam p) {
                        return p.value();
                    }
                    if (a instanceof jakarta.ws.rs.HeaderParam h) {
                        return h.value();
                    }
                }
            }
            return "body";
        }

        private static List<java.lang.reflect.Method> declarations(ConstraintViolation<?> v) {
            List<java.lang.reflect.Method> found = new java.util.ArrayList<>();
            for (Path.Node n : v.getPropertyPath()) {
                if (n.getKind() != ElementKind.METHOD) {
                    continue;
                }
                Class<?>[] types =
                        n.as(Path.MethodNode.class).getParameterTypes().toArray(Class[]::new);
                for (Class<?> c = v.getRootBeanClass(); c != null; c = c.getSuperclass()) {
                    addDeclared(found, c, n.getName(), types);
                    for (Class<?> i : c.getInterfaces()) {
                        addDeclared(found, i, n.getName(), types);
                    }
                }
            }
            return found;
        }

        private static void addDeclared(
                List<java.lang.reflect.Method> found, Class<?> c, String name, Class<?>[] types) {
            try {
                found.add(c.getDeclaredMethod(name, types));
            } catch (NoSuchMethodException e) {
                // not declared here
            }
        }
    }

    /** A body that is not JSON, or JSON of the wrong shape. */
    @Provider
    public static class Json implements ExceptionMapper<JsonbException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(JsonbException e) {
            return malformed(e, path(uri));
        }
    }

    /** Reading or writing an entity failed: a malformed body when it was the reading. */
    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ProcessingException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof JsonbException || t instanceof JsonParsingException) {
                    return malformed(t, path(uri));
                }
            }
            return ServerFault.report(e, path(uri));
        }
    }

    /** A plugin's rule refused: the problem it names. */
    @Provider
    public static class Refused implements ExceptionMapper<Refusal> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(Refusal e) {
            return new Problem(e.type(), e.getMessage(), path(uri)).toResponse();
        }
    }

    /**
     * A lost race with another transaction is a 409 to retry; anything else is our fault: 500 with
     * an incident id the operator finds in the log; no stack trace to the client.
     */
    @Provider
    public static class ServerFault implements ExceptionMapper<Throwable> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(Throwable e) {
            return report(e, path(uri));
        }

        static Response report(Throwable e, String path) {
            return Problem.unexpected(e, path).toResponse();
        }
    }

    static Response malformed(Throwable cause, String path) {
        String why = cause.getMessage() == null ? "" : cause.getMessage();
        // Keep the parser's words short and free of class names.
        why = why.replaceAll("[a-z]+(\\.[a-z]+)+\\.[A-Z][A-Za-z$]*", "")
                .replaceAll("\\s+", " ")
                .trim();
        if (why.length() > 200) {
            why = why.substring(0, 200) + "…";
        }
        return new Problem(
                        ProblemType.MALFORMED_REQUEST,
                        "The body could not be read as JSON of the expected shape"
                                + (why.isEmpty() ? "" : " (" + why + ")") + ". Check the request against /openapi.",
                        path)
                .toResponse();
    }
}
