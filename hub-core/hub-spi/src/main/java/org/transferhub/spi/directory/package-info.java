/**
 * The hub's directory of plugins: the contract through which plugins register themselves and
 * find the providers of the SPIs they call. Served by the hub at {@code /hub/api}.
 */
package org.transferhub.spi.directory;
