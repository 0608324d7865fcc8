/** The track record: deals credited to managers from the region's event log, and how far it has been read. */
package org.transferhub.talent.domain.record;
