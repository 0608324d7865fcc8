/** Service providers, their admission to programmes and the service items they offer. */
package org.transferhub.vouchers.domain.provider;
