package org.transferhub.licensing.application;

/** An operation the licensing rules refuse; nothing was changed. The interfaces layer turns it into a problem. */
public class LicensingRefused extends RuntimeException {

    /** Why, as a stable kind for the problem type; the status is the problem's. */
    public enum Reason {
        UNKNOWN_PATENT(404),
        UNKNOWN_OFFER(404),
        UNKNOWN_LICENCE(404),
        UNKNOWN_INVOICE(404),
        DUPLICATE_PATENT(409),
        ALREADY_PUBLISHED(409),
        NOT_PUBLISHED(409),
        NOT_IN_TRIAL(409),
        TRIAL_OVER(409),
        NO_ROYALTIES(409),
        ALREADY_RECORDED(409),
        ALREADY_PAID(409),
        NOT_AN_OWNER(422),
        INVALID_TERMS(422),
        OVER_REGION_CAP(422),
        CONSENT_MISSING(422),
        EVALUATION_REPORT_MISSING(422),
        PATENT_NOT_LICENSABLE(422),
        OUTSIDE_LICENCE(422),
        PERIOD_NOT_NEXT(422),
        CURRENCY_MISMATCH(422),
        INVALID_AMOUNT(422),
        VOUCHERS_NOT_ACCEPTED(422),
        UNKNOWN_BROKER(422);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;

    public LicensingRefused(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
