/**
 * Proof-of-concept incubation (概念验证) in four stage gates: the contract through which other
 * services, the portal and the operator console read projects and the programme's funnel. The
 * scorecards and gate rules a programme applies are a finer extension point, in {@link
 * org.transferhub.spi.incubation.gate}.
 */
package org.transferhub.spi.incubation;
