/** The region's directory of plugins, stored in the region database. */
package org.transferhub.hub.directory;
