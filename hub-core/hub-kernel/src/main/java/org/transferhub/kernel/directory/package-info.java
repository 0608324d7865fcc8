/**
 * A plugin's side of the directory: registering itself with the hub (retrying until the hub
 * answers, then as a heartbeat) and finding the providers of the SPIs it calls.
 */
package org.transferhub.kernel.directory;
