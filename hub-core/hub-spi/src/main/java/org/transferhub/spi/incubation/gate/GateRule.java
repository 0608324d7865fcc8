package org.transferhub.spi.incubation.gate;

import java.math.BigDecimal;
import org.transferhub.spi.incubation.PocStage;

/**
 * A condition a project meets before the committee may advance it past a stage gate.
 * Implementations are stateless and have a public no-argument constructor.
 */
public interface GateRule {

    /** The rule's id, as programmes name it: lowercase words joined by dashes, e.g. {@code min-score}. */
    String id();

    /** What the parameter means, for operators, e.g. "the lowest weighted score, 0 to 100". */
    String parameterHelp();

    /**
     * Whether a programme's parameter is well formed; checked when the programme is created.
     *
     * @return null when it is, else what is wrong
     */
    String checkParameter(String parameter);

    /** The verdict on one project at its gate, for the programme's parameter. */
    Verdict check(Evidence evidence, String parameter);

    /**
     * What the committee has in front of it.
     *
     * @param weightedScore the mean of the counted reviews' weighted results, 0 to 100, 2 decimals
     * @param reviews the number of counted (non-conflicted) reviews
     */
    record Evidence(PocStage stage, int trl, BigDecimal weightedScore, int reviews) {}

    /** The outcome, with words the committee and the team can read. */
    record Verdict(boolean met, String explanation) {}
}
