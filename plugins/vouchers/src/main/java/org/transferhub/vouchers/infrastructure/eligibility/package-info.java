/** The eligibility rules the vouchers plugin ships: holder type, registered region, industry, company size. */
package org.transferhub.vouchers.infrastructure.eligibility;
