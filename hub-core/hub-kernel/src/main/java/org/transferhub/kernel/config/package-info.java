/**
 * The region's configuration: the region file as a MicroProfile Config source, and the region-wide
 * settings ({@code transferhub.region.*}) every plugin reads.
 */
package org.transferhub.kernel.config;
