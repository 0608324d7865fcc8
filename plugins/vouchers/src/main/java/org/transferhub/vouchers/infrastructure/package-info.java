/** What runs on its own: the expiry job, once per region even on a cluster. */
package org.transferhub.vouchers.infrastructure;
