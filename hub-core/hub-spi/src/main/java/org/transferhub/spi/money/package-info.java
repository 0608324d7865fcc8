/** Money as integer minor units with a currency: never floating point. */
package org.transferhub.spi.money;
