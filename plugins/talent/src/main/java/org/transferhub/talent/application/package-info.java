/**
 * The registry's use cases, on a JPA EntityManager and a clock: registering, certifying and
 * renewing managers, crediting deals from the event log, grading, matching and assigning.
 */
package org.transferhub.talent.application;
