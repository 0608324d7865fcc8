/** Licences taken up on published offers, and the reports of pay-after-use trials. */
package org.transferhub.licensing.domain.licence;
