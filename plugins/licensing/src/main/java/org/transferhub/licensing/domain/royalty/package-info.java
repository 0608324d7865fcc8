/** Royalties: revenue reports, the arithmetic of what they come to, invoices, payments and the income split. */
package org.transferhub.licensing.domain.royalty;
