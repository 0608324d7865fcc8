/**
 * The registry over REST at {@code /talent/api}: profiles (public and private apart), search,
 * certification and renewal, suspension, track records, and the TalentRegistry SPI (profiles and
 * assignments).
 */
package org.transferhub.talent.interfaces.rest;
