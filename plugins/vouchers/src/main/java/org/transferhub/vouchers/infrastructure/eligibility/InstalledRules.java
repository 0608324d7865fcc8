package org.transferhub.vouchers.infrastructure.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import org.transferhub.vouchers.application.EligibilityRules;

/** The rules found once, on this WAR's class loader (the plugin's own and any rule jar in WEB-INF/lib). */
@ApplicationScoped
public class InstalledRules {

    private final EligibilityRules rules = new EligibilityRules(InstalledRules.class.getClassLoader());

    public EligibilityRules rules() {
        return rules;
    }
}
