package org.transferhub.incubation.infrastructure.gate;

import org.transferhub.spi.incubation.gate.GateRule;

/** {@code min-trl=4}: the project's technology readiness level is at least the parameter. */
public class MinTrlRule implements GateRule {

    @Override
    public String id() {
        return "min-trl";
    }

    @Override
    public String parameterHelp() {
        return "the lowest technology readiness level that passes, 1 to 9";
    }

    @Override
    public String checkParameter(String parameter) {
        int min = parse(parameter);
        return min < 1 || min > 9 ? "'" + parameter + "' is not a level from 1 to 9" : null;
    }

    @Override
    public Verdict check(Evidence evidence, String parameter) {
        int min = parse(parameter);
        boolean met = evidence.trl() >= min;
        return new Verdict(met, "TRL " + evidence.trl() + (met ? " reaches " : " is below ") + min);
    }

    private static int parse(String parameter) {
        try {
            return parameter == null ? 0 : Integer.parseInt(parameter.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
