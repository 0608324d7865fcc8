package org.transferhub.kernel.problem;

import java.net.URI;

/**
 * The kinds of error TransferHub reports. The {@code type} URI of each is stable: clients may
 * switch on it. Services add their own kinds with {@link #custom}.
 */
public record ProblemType(URI type, int status, String title) {

    /** Prefix of every TransferHub problem type URI. */
    public static final String PREFIX = "urn:transferhub:problem:";

    public static final ProblemType MALFORMED_REQUEST =
            of("malformed-request", 400, "The request body is not valid JSON of the expected shape");
    public static final ProblemType VALIDATION_FAILED = of("validation-failed", 400, "Some fields are not valid");
    public static final ProblemType UNAUTHENTICATED = of("unauthenticated", 401, "Sign-in required");
    public static final ProblemType FORBIDDEN = of("forbidden", 403, "Not allowed for your role");
    public static final ProblemType WRONG_REGION = of("wrong-region", 403, "Token of another region");
    public static final ProblemType NOT_FOUND = of("not-found", 404, "Not found");
    public static final ProblemType METHOD_NOT_ALLOWED = of("method-not-allowed", 405, "Method not allowed");
    public static final ProblemType NOT_ACCEPTABLE =
            of("not-acceptable", 406, "Cannot answer in the requested media type");
    public static final ProblemType CONFLICT = of("conflict", 409, "Conflict with the current state");
    public static final ProblemType PAYLOAD_TOO_LARGE = of("payload-too-large", 413, "Request too large");
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE =
            of("unsupported-media-type", 415, "Unsupported media type");
    public static final ProblemType UNPROCESSABLE = of("unprocessable", 422, "The request cannot be carried out");
    public static final ProblemType SERVER_ERROR = of("server-error", 500, "Internal error");
    public static final ProblemType SERVICE_UNAVAILABLE = of("service-unavailable", 503, "Service unavailable");

    private static ProblemType of(String slug, int status, String title) {
        return new ProblemType(URI.create(PREFIX + slug), status, title);
    }

    /** A service's own kind of error, e.g. {@code custom("vouchers", "insufficient-balance", 422, "...")}. */
    public static ProblemType custom(String pluginId, String slug, int status, String title) {
        return new ProblemType(URI.create(PREFIX + pluginId + ":" + slug), status, title);
    }

    /** The generic kind for an HTTP status, for errors that carry no kind of their own. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> UNPROCESSABLE;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? SERVER_ERROR : of("http-" + status, status, "Request failed");
        };
    }
}
