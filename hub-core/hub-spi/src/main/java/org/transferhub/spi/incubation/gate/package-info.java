/**
 * Stage-gate scorecards and gate rules: a small extension point of the incubation service. Both are
 * found with {@link java.util.ServiceLoader} ({@code META-INF/services/org.transferhub.spi.incubation.gate.Scorecard}
 * and {@code ...GateRule}), so a region adds its own jar to the incubation plugin without forking
 * it. Each stage of a programme names its scorecard and, optionally, a gate rule with its parameter.
 */
package org.transferhub.spi.incubation.gate;
