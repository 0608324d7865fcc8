package org.transferhub.incubation.application;

/** An operation the programme's rules refuse; nothing was changed. The interfaces layer turns it into a problem. */
public class IncubationRefused extends RuntimeException {

    /** Why, as a stable kind for the problem type. */
    public enum Reason {
        UNKNOWN_PROGRAMME,
        UNKNOWN_PROJECT,
        UNKNOWN_MILESTONE,
        NOT_YOUR_PROJECT,
        NOT_ASSIGNED,
        CONFLICT_OF_INTEREST,
        CONFLICTED_REVIEWER,
        ALREADY_SCREENED,
        NOT_ACTIVE,
        WRONG_STAGE,
        WRONG_ROUND,
        ALREADY_ASSIGNED,
        ALREADY_REVIEWED,
        NOT_ENOUGH_REVIEWS,
        ALREADY_DECIDED,
        GATE_NOT_MET,
        INVALID_SCORES,
        OVER_CAP,
        CURRENCY_MISMATCH,
        ALREADY_REPORTED,
        ALREADY_ACHIEVED,
        MANAGER_ASSIGNED,
        INVALID_PROGRAMME,
        INVALID_OUTCOME
    }

    private final Reason reason;

    public IncubationRefused(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
