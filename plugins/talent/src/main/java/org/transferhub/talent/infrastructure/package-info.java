/** The registry's moving parts in the server: the standard grade formula, the installed formulas, and the job that reads the event log and expires certifications. */
package org.transferhub.talent.infrastructure;
