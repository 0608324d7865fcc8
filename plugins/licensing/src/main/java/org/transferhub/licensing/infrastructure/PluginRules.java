package org.transferhub.licensing.infrastructure;

import java.time.Duration;
import org.transferhub.kernel.plugin.PluginContext;
import org.transferhub.kernel.problem.ProblemException;
import org.transferhub.kernel.problem.ProblemType;
import org.transferhub.licensing.application.Rules;

/** The licensing rules from the plugin's configuration keys ({@code transferhub.licensing.*}). */
public final class PluginRules {

    private PluginRules() {}

    public static Rules of(PluginContext plugin) {
        return new Rules(
                basisPoints(plugin, "cap.net.sales"),
                basisPoints(plugin, "cap.profit"),
                days(plugin, "trial.period"),
                whole(plugin, "recordation.months", 0, 120),
                days(plugin, "report.grace"),
                days(plugin, "invoice.terms"),
                basisPoints(plugin, "income.team.share"),
                plugin.value("vouchers.accepted", Boolean.class));
    }

    private static int basisPoints(PluginContext plugin, String key) {
        return whole(plugin, key, 0, 10_000);
    }

    // The kernel checks the type; the range is the plugin's to check.
    private static int whole(PluginContext plugin, String key, long min, long max) {
        long v = plugin.value(key, Long.class);
        if (v < min || v > max) {
            throw misconfigured(key, "must be " + min + " to " + max + ", is " + v);
        }
        return (int) v;
    }

    private static int days(PluginContext plugin, String key) {
        Duration d = plugin.value(key, Duration.class);
        if (d.isNegative() || d.toDays() > 36_500 || !d.equals(Duration.ofDays(d.toDays()))) {
            throw misconfigured(key, "must be whole days, e.g. P30D, is " + d);
        }
        return (int) d.toDays();
    }

    private static ProblemException misconfigured(String key, String what) {
        return new ProblemException(
                ProblemType.SERVICE_UNAVAILABLE,
                "The licensing configuration is wrong: transferhub.licensing." + key + " " + what
                        + ". Ask the region operator to fix it.");
    }
}
