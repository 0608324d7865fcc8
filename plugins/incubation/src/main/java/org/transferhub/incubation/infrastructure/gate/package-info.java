/** The plugin's own scorecards (one per stage) and gate rules ({@code min-score}, {@code min-trl}), found with ServiceLoader. */
package org.transferhub.incubation.infrastructure.gate;
