package org.transferhub.vouchers.infrastructure.eligibility;

import org.transferhub.spi.voucher.eligibility.Applicant;

/** {@code holder-type=SME} or {@code SME,CITIZEN}: who may hold the programme's vouchers. */
public class HolderTypeRule extends ListRule {

    @Override
    public String id() {
        return "holder-type";
    }

    @Override
    String field() {
        return "holder type";
    }

    @Override
    String value(Applicant applicant) {
        return applicant.holderType().name();
    }

    @Override
    public String checkParameter(String parameter) {
        String problem = super.checkParameter(parameter);
        if (problem == null) {
            for (String v : allowed(parameter)) {
                if (!v.equals("sme") && !v.equals("citizen")) {
                    return "holder types are SME and CITIZEN, not " + v;
                }
            }
        }
        return problem;
    }
}
