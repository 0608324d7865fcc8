/** Reviewers assigned per stage, their conflicts of interest and scores, and the committee's decisions. */
package org.transferhub.incubation.domain.review;
