package org.transferhub.kernel.problem;

/**
 * A rule of a plugin said no; nothing was changed. The application layer throws it without any
 * JAX-RS at hand (so its tests run on plain JPA); the kernel answers it as the problem it names.
 */
public class Refusal extends RuntimeException {

    private final ProblemType type;

    public Refusal(ProblemType type, String detail) {
        super(detail);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }

    /** The stable kind, e.g. {@code talent:already-done}. */
    public String kind() {
        return type.type().toString().substring(ProblemType.PREFIX.length());
    }
}
