package org.transferhub.incubation.infrastructure.gate;

import java.math.BigDecimal;
import org.transferhub.spi.incubation.gate.GateRule;

/** {@code min-score=70}: the reviews' weighted score is at least the parameter. */
public class MinScoreRule implements GateRule {

    @Override
    public String id() {
        return "min-score";
    }

    @Override
    public String parameterHelp() {
        return "the lowest weighted score that passes, 0 to 100, e.g. 70 or 72.5";
    }

    @Override
    public String checkParameter(String parameter) {
        BigDecimal min = parse(parameter);
        return min == null || min.signum() < 0 || min.compareTo(BigDecimal.valueOf(100)) > 0
                ? "'" + parameter + "' is not a score from 0 to 100"
                : null;
    }

    @Override
    public Verdict check(Evidence evidence, String parameter) {
        BigDecimal min = parse(parameter);
        boolean met = evidence.weightedScore().compareTo(min) >= 0;
        return new Verdict(
                met,
                "weighted score " + evidence.weightedScore().toPlainString() + (met ? " reaches " : " is below ")
                        + min.toPlainString());
    }

    private static BigDecimal parse(String parameter) {
        try {
            return parameter == null ? null : new BigDecimal(parameter.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
