/**
 * The incubation service's use cases, on a caller's persistence context and transaction: {@link
 * org.transferhub.incubation.application.Incubation} runs programmes gate by gate, {@link
 * org.transferhub.incubation.application.FunnelStatistics} counts them, {@link
 * org.transferhub.incubation.application.Gates} holds the installed scorecards and gate rules.
 */
package org.transferhub.incubation.application;
