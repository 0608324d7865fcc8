/** The catalogue: patents and the standard terms they are offered on (open licence or pay-after-use). */
package org.transferhub.licensing.domain.catalogue;
