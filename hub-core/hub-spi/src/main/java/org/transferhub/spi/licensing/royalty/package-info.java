/**
 * Royalty schedules, the licensing plugin's finer extension point: a region or a patentee adds a
 * schedule type in a jar listed in {@code META-INF/services/org.transferhub.spi.licensing.royalty.RoyaltySchedule}.
 */
package org.transferhub.spi.licensing.royalty;
