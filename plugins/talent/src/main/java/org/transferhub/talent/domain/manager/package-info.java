/** A technology manager: the public profile, the private data kept apart, and the certification status. */
package org.transferhub.talent.domain.manager;
