/**
 * The region's event log, kept by the hub: what the services record as it happens (a project
 * advanced, a licence taken up, a voucher-paid service delivered), appended by each plugin's
 * outbox and read in order by whoever credits or counts it, such as the talent registry.
 */
package org.transferhub.spi.event;
