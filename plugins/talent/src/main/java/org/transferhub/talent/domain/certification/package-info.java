/** Certification and renewal: applications with evidence, verified by an operator with a recorded reason. */
package org.transferhub.talent.domain.certification;
