/** Settlement: what providers are owed, batched per month, approved by two people, then paid. */
package org.transferhub.vouchers.domain.settlement;
