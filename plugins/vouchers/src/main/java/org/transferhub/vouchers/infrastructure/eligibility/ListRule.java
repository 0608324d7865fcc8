package org.transferhub.vouchers.infrastructure.eligibility;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.transferhub.spi.voucher.eligibility.Applicant;
import org.transferhub.spi.voucher.eligibility.EligibilityRule;

/** A rule whose parameter is a comma-separated list of allowed values of one applicant field. */
abstract class ListRule implements EligibilityRule {

    /** The applicant's value this rule looks at. */
    abstract String value(Applicant applicant);

    /** Words for the field, e.g. "holder type". */
    abstract String field();

    static Set<String> allowed(String parameter) {
        return Arrays.stream(parameter.split(","))
                .map(v -> v.trim().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty())
                .collect(Collectors.toSet());
    }

    @Override
    public String parameterHelp() {
        return "comma-separated " + field() + " values that are eligible";
    }

    @Override
    public String checkParameter(String parameter) {
        return parameter == null || allowed(parameter).isEmpty() ? "name at least one eligible " + field() : null;
    }

    @Override
    public Verdict check(Applicant applicant, String parameter) {
        String v = value(applicant);
        boolean ok = allowed(parameter).contains(v.toLowerCase(Locale.ROOT));
        return new Verdict(
                ok, ok ? field() + " " + v + " is eligible" : field() + " " + v + " is not one of " + parameter);
    }
}
