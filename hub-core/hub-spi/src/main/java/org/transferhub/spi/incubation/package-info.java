/**
 * Proof-of-concept incubation (概念验证) in four stage gates: the contract through which other
 * services and the operator console read projects. First version: project summaries.
 */
package org.transferhub.spi.incubation;
