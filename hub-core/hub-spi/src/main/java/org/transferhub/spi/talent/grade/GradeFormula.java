package org.transferhub.spi.talent.grade;

/**
 * Turns credits into points and points into stars. Implementations are found with ServiceLoader
 * and chosen by id in the talent plugin's {@code grade.formula} key; they must be pure functions,
 * so every grade can be recomputed from its evidence.
 */
public interface GradeFormula {

    /** The id the configuration names, lowercase words with dashes. */
    String id();

    /** The points one credit earns; 0 for a type the formula does not count. */
    int points(Credit credit);

    /** The stars (1 to 5) a total of points earns. */
    int stars(int points);
}
