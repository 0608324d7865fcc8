package org.transferhub.vouchers.infrastructure.eligibility;

import org.transferhub.spi.voucher.eligibility.Applicant;

/** {@code industry=manufacturing,biotech}: applicants of these industries. */
public class IndustryRule extends ListRule {

    @Override
    public String id() {
        return "industry";
    }

    @Override
    String field() {
        return "industry";
    }

    @Override
    String value(Applicant applicant) {
        return applicant.industry();
    }
}
