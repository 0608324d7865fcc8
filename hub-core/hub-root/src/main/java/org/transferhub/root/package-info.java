/** The region's root path: what answers where no WAR of the region does. */
package org.transferhub.root;
