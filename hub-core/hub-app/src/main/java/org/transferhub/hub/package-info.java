/** The hub: the region's directory of plugins, region information and sign-in. */
package org.transferhub.hub;
