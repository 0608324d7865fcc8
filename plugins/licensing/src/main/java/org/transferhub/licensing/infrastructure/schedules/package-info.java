/** The royalty schedules the plugin ships (net-sales, profit, per-unit, lump-sum) and their discovery. */
package org.transferhub.licensing.infrastructure.schedules;
