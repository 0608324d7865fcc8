package org.transferhub.licensing.infrastructure.schedules;

import java.util.Map;

/** Checks of a schedule's whole-number parameters. */
final class Amounts {

    private Amounts() {}

    /** null when {@code key} is a whole number of 1 or more, else what is wrong. */
    static String positive(Map<String, String> parameters, String key, String help) {
        String v = parameters.get(key);
        try {
            if (v != null && Long.parseLong(v.trim()) >= 1) {
                return null;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        return "give " + key + " as a whole number of 1 or more" + (v == null ? "" : ", not " + v) + " (" + help + ")";
    }
}
