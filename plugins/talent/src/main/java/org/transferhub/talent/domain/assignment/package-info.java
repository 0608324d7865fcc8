/** A manager assigned to partner a project, until released. */
package org.transferhub.talent.domain.assignment;
