package org.transferhub.incubation.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.transferhub.incubation.application.IncubationRefused.Reason;
import org.transferhub.spi.incubation.gate.GateRule;
import org.transferhub.spi.incubation.gate.Scorecard;

/**
 * The scorecards and gate rules installed in this plugin: its own and any a region's jar adds
 * (ServiceLoader), with the arithmetic of a weighted result.
 */
public class Gates {

    /** The highest points a reviewer gives one criterion. */
    public static final int MAX_POINTS = 100;

    private final Map<String, Scorecard> scorecards = new TreeMap<>();
    private final Map<String, GateRule> rules = new TreeMap<>();

    public Gates(ClassLoader loader) {
        ServiceLoader.load(Scorecard.class, loader).forEach(s -> scorecards.put(s.id(), s));
        ServiceLoader.load(GateRule.class, loader).forEach(r -> rules.put(r.id(), r));
    }

    public Map<String, Scorecard> scorecards() {
        return scorecards;
    }

    public Map<String, GateRule> rules() {
        return rules;
    }

    /** What is wrong with a stage's scorecard and gate rule: unknown ids, a bad parameter; empty when nothing. */
    public List<String> problems(String scorecard, String rule, String parameter) {
        List<String> problems = new ArrayList<>();
        if (!scorecards.containsKey(scorecard)) {
            problems.add("no scorecard '" + scorecard + "' is installed (installed: "
                    + String.join(", ", scorecards.keySet()) + ")");
        }
        if (rule != null) {
            GateRule r = rules.get(rule);
            if (r == null) {
                problems.add("no gate rule '" + rule + "' is installed (installed: " + String.join(", ", rules.keySet())
                        + ")");
            } else {
                String problem = r.checkParameter(parameter);
                if (problem != null) {
                    problems.add(rule + ": " + problem + " (" + r.parameterHelp() + ")");
                }
            }
        }
        return problems;
    }

    /**
     * The weighted result of one review: sum(points × weight) / sum(weight), 2 decimals, half up.
     * Every criterion of the scorecard is scored, 0 to 100, and nothing else.
     *
     * @return the points in the scorecard's order, and the result
     */
    public Scored score(String scorecardId, Map<String, Integer> points) {
        Scorecard card = scorecard(scorecardId);
        Map<String, Integer> ordered = new LinkedHashMap<>();
        long weightedSum = 0;
        long weights = 0;
        for (Scorecard.Criterion c : card.criteria()) {
            Integer p = points.get(c.id());
            if (p == null || p < 0 || p > MAX_POINTS) {
                throw new IncubationRefused(
                        Reason.INVALID_SCORES,
                        "Score every criterion of the '" + card.id() + "' scorecard from 0 to " + MAX_POINTS
                                + " points; '" + c.id() + "' (" + c.label() + ") is " + (p == null ? "missing" : p)
                                + ".");
            }
            ordered.put(c.id(), p);
            weightedSum += (long) p * c.weight();
            weights += c.weight();
        }
        List<String> unknown = points.keySet().stream()
                .filter(id -> !ordered.containsKey(id))
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw new IncubationRefused(
                    Reason.INVALID_SCORES,
                    "The '" + card.id() + "' scorecard has no criterion " + String.join(", ", unknown)
                            + "; its criteria: " + String.join(", ", ordered.keySet()) + ".");
        }
        return new Scored(
                ordered, BigDecimal.valueOf(weightedSum).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP));
    }

    /** A review's points in the scorecard's order, and its weighted result. */
    public record Scored(Map<String, Integer> points, BigDecimal weighted) {}

    /** The stage's result: the mean of the reviews' weighted results, 2 decimals, half up; 0 without reviews. */
    public static BigDecimal mean(List<BigDecimal> weighted) {
        if (weighted.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        return weighted.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(weighted.size()), 2, RoundingMode.HALF_UP);
    }

    /** The gate rule's verdict; a stage without a rule, or whose rule this WAR no longer has, says so. */
    public GateRule.Verdict verdict(String rule, String parameter, GateRule.Evidence evidence) {
        if (rule == null) {
            return new GateRule.Verdict(true, "no gate rule: the committee decides");
        }
        GateRule r = rules.get(rule);
        return r == null
                ? new GateRule.Verdict(false, "gate rule " + rule + " is not installed in this region")
                : r.check(evidence, parameter);
    }

    private Scorecard scorecard(String id) {
        Scorecard card = scorecards.get(id);
        if (card == null) {
            throw new IncubationRefused(
                    Reason.INVALID_SCORES, "The scorecard '" + id + "' is not installed in this region any more.");
        }
        return card;
    }
}
