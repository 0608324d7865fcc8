/** Projects, their passage through the stages, the funding granted to them, their milestones, KPI reports and outcomes. */
package org.transferhub.incubation.domain.project;
