package org.transferhub.spi.incubation.gate;

import java.util.List;

/**
 * The weighted criteria reviewers score a project on at a stage gate. Implementations are
 * stateless and have a public no-argument constructor.
 */
public interface Scorecard {

    /** The scorecard's id, as programmes name it: lowercase words joined by dashes, e.g. {@code feasibility}. */
    String id();

    /** Its criteria, in the order reviewers see them; ids unique, weights positive. */
    List<Criterion> criteria();

    /**
     * One criterion: a reviewer gives it 0 to 100 points.
     *
     * @param weight its relative weight; the weighted result is sum(points × weight) / sum(weight)
     */
    record Criterion(String id, String label, int weight) {}
}
