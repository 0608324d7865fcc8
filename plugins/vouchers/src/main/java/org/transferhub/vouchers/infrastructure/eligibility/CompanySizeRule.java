package org.transferhub.vouchers.infrastructure.eligibility;

import org.transferhub.spi.voucher.eligibility.Applicant;
import org.transferhub.spi.voucher.eligibility.EligibilityRule;

/** {@code company-size=300}: at most this many employees (an SME criterion; a citizen counts 0). */
public class CompanySizeRule implements EligibilityRule {

    @Override
    public String id() {
        return "company-size";
    }

    @Override
    public String parameterHelp() {
        return "the largest eligible head count, e.g. 300";
    }

    @Override
    public String checkParameter(String parameter) {
        try {
            return Integer.parseInt(parameter.trim()) >= 0 ? null : "a head count is not negative";
        } catch (RuntimeException e) {
            return "give the largest eligible head count as a whole number, not " + parameter;
        }
    }

    @Override
    public Verdict check(Applicant applicant, String parameter) {
        int max = Integer.parseInt(parameter.trim());
        boolean ok = applicant.employees() <= max;
        return new Verdict(ok, applicant.employees() + " employees" + (ok ? " is within " : " is over ") + max);
    }
}
