package org.transferhub.spi.voucher.eligibility;

/**
 * One criterion of a voucher programme, checked against an applicant. Implementations are
 * stateless and have a public no-argument constructor.
 */
public interface EligibilityRule {

    /** The rule's id, as programmes name it: lowercase words joined by dashes, e.g. {@code holder-type}. */
    String id();

    /** What the parameter means, for operators, e.g. "comma-separated holder types: SME, CITIZEN". */
    String parameterHelp();

    /**
     * Whether a programme's parameter is well formed; checked when the programme is created.
     *
     * @return null when it is, else what is wrong
     */
    String checkParameter(String parameter);

    /** The verdict on one applicant for the programme's parameter. */
    Verdict check(Applicant applicant, String parameter);

    /** The outcome of one criterion, with words a reviewer and the applicant can read. */
    record Verdict(boolean eligible, String explanation) {}
}
