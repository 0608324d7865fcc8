/**
 * Region security: the region's token signing keys, tokens the kernel signs for service calls,
 * the per-region scope check, and the role names every plugin uses.
 */
package org.transferhub.kernel.security;
