package org.transferhub.vouchers.application;

/** An operation the rules refuse; nothing was changed. The interfaces layer turns it into a problem. */
public class VoucherRefused extends RuntimeException {

    /** Why, as a stable kind for the problem type. */
    public enum Reason {
        UNKNOWN_PROGRAMME,
        UNKNOWN_VOUCHER,
        UNKNOWN_HOLD,
        BUDGET_EXHAUSTED,
        OVER_CAP,
        OVER_HOLDER_CAP,
        OUTSIDE_PROGRAMME,
        VOUCHER_EXPIRED,
        CURRENCY_MISMATCH,
        NOTHING_TO_PAY,
        INVALID_AMOUNT,
        UNKNOWN_PROVIDER,
        NOT_YOUR_PROVIDER,
        NOT_ADMITTED,
        ALREADY_DONE,
        NOTHING_TO_SETTLE,
        INVALID_PERIOD,
        NO_EVIDENCE,
        FOUR_EYES,
        NOT_APPROVED,
        UNKNOWN_SETTLEMENT,
        UNKNOWN_APPLICATION,
        NOT_ELIGIBLE,
        WRONG_ALLOCATION,
        HOLD_NOT_OPEN,
        NOT_REVERSIBLE
    }

    private final Reason reason;

    public VoucherRefused(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
