/** Running regions: the launcher behind {@code ops/hub} and the region tests. */
package org.transferhub.ops;
