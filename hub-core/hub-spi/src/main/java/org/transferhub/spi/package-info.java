/**
 * The public contract of TransferHub: service interfaces (SPIs), their value types and the plugin
 * descriptor. Plugins depend on this module and on Jakarta APIs only; they never import each
 * other's classes.
 */
package org.transferhub.spi;
