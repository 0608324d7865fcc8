/**
 * Testing plugins against a real region: {@link org.transferhub.testkit.RegionClient} talks to a
 * running region, {@link org.transferhub.testkit.RegionTokens} signs tokens with the region key,
 * {@link org.transferhub.testkit.PluginArchives} builds test plugins, and
 * {@link org.transferhub.testkit.PluginConformance} holds the checks every plugin passes.
 */
package org.transferhub.testkit;
