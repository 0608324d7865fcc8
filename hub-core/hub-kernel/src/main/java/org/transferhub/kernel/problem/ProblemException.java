package org.transferhub.kernel.problem;

import jakarta.ws.rs.WebApplicationException;
import java.util.List;

/** Thrown by services to answer with a problem of a given kind; nothing is changed by the request. */
public class ProblemException extends WebApplicationException {

    private final ProblemType type;
    private final String detail;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, type.status());
        this.type = type;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return detail;
    }

    public Problem toProblem(String instance) {
        return new Problem(type, detail, instance, errors);
    }
}
