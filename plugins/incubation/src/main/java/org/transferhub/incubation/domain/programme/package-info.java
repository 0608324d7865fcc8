/** Programmes (cohorts) and their four stages: deadlines, funding caps, scorecards and gate rules. */
package org.transferhub.incubation.domain.programme;
