package org.transferhub.vouchers.infrastructure.eligibility;

import org.transferhub.spi.voucher.eligibility.Applicant;

/** {@code registered-region=demo}: applicants registered in one of these regions. */
public class RegisteredRegionRule extends ListRule {

    @Override
    public String id() {
        return "registered-region";
    }

    @Override
    String field() {
        return "registered region";
    }

    @Override
    String value(Applicant applicant) {
        return applicant.registeredRegion();
    }
}
