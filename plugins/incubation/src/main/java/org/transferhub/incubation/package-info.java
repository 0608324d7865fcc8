/**
 * Proof-of-concept incubation (概念验证) in four stage gates. Provides
 * {@link org.transferhub.spi.incubation.IncubationService}; uses the talent registry, when the
 * region has one, to pair projects with technology managers.
 */
package org.transferhub.incubation;
