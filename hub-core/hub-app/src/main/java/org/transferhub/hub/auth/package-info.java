/**
 * Sign-in: the hub checks a person's credentials and issues a short-lived region token
 * (MicroProfile JWT) that every plugin of the region verifies.
 */
package org.transferhub.hub.auth;
