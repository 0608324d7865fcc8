/** The licensing REST API at {@code /licensing/api}: catalogue, licences (and the SPI), royalties and statistics. */
package org.transferhub.licensing.interfaces.rest;
