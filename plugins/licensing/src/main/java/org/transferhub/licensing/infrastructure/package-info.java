/**
 * What connects the licensing rules to the server: the configuration, the royalty schedules found
 * with ServiceLoader, the voucher service reached through the directory, and the expiry job.
 */
package org.transferhub.licensing.infrastructure;
