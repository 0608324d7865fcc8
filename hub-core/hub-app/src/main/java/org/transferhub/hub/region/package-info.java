/** What the region is: its id, name and the hub's own version. */
package org.transferhub.hub.region;
