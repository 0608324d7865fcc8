/**
 * A plugin's outbox: events recorded in the transaction of the fact they describe, then relayed
 * to the hub's event log by one instance of the plugin at a time, resent until the hub has them.
 */
package org.transferhub.kernel.event;
