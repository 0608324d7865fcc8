package org.transferhub.vouchers.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.transferhub.spi.voucher.eligibility.Applicant;
import org.transferhub.spi.voucher.eligibility.EligibilityRule;

/** The eligibility rules installed in this plugin: its own and any a region's rule jar adds (ServiceLoader). */
public class EligibilityRules {

    /** One criterion's outcome for one applicant. */
    public record Review(String rule, String parameter, boolean eligible, String explanation) {}

    private final Map<String, EligibilityRule> byId = new TreeMap<>();

    public EligibilityRules(ClassLoader loader) {
        ServiceLoader.load(EligibilityRule.class, loader).forEach(rule -> byId.put(rule.id(), rule));
    }

    public Map<String, EligibilityRule> installed() {
        return byId;
    }

    /** What is wrong with a programme's criteria: unknown rules, bad parameters. */
    public List<String> problems(Map<String, String> criteria) {
        List<String> problems = new ArrayList<>();
        criteria.forEach((id, parameter) -> {
            EligibilityRule rule = byId.get(id);
            if (rule == null) {
                problems.add("no eligibility rule '" + id + "' is installed (installed: "
                        + String.join(", ", byId.keySet()) + ")");
            } else {
                String problem = rule.checkParameter(parameter);
                if (problem != null) {
                    problems.add(id + ": " + problem + " (" + rule.parameterHelp() + ")");
                }
            }
        });
        return problems;
    }

    /** Reviews an applicant criterion by criterion. */
    public List<Review> review(Map<String, String> criteria, Applicant applicant) {
        List<Review> reviews = new ArrayList<>();
        criteria.forEach((id, parameter) -> {
            EligibilityRule rule = byId.get(id);
            // A rule the programme names but this WAR no longer has: nobody passes it, and the review says why.
            EligibilityRule.Verdict v = rule == null
                    ? new EligibilityRule.Verdict(false, "rule " + id + " is not installed in this region")
                    : rule.check(applicant, parameter);
            reviews.add(new Review(id, parameter, v.eligible(), v.explanation()));
        });
        return reviews;
    }
}
