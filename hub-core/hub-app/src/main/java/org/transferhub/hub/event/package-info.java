/** The region's event log: appended by plugins' outboxes, read in order by those who credit or count facts. */
package org.transferhub.hub.event;
