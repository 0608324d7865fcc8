package org.transferhub.licensing.application;

/**
 * The region's licensing rules, from the plugin's configuration keys.
 *
 * @param capNetSalesBasisPoints the highest royalty rate on net sales an offer may charge ({@code cap.net.sales})
 * @param capProfitBasisPoints the highest share of profit ({@code cap.profit})
 * @param trialDays the trial of a pay-after-use offer that names none ({@code trial.period})
 * @param recordationMonths months after take-up within which the licence contract is recorded
 * @param reportGraceDays days after a period ends by which its revenue report is due
 * @param invoiceDays days after issue by which an invoice is to be paid
 * @param teamShareBasisPoints the research team's share of royalty income; the co-owners share the rest
 * @param vouchersAccepted whether licensees may pay part of an invoice with an innovation voucher
 */
public record Rules(
        int capNetSalesBasisPoints,
        int capProfitBasisPoints,
        int trialDays,
        int recordationMonths,
        int reportGraceDays,
        int invoiceDays,
        int teamShareBasisPoints,
        boolean vouchersAccepted) {

    /** The defaults of the plugin's descriptor, from the published guidance (20% of net sales, 40% of profit). */
    public static Rules defaults() {
        return new Rules(2000, 4000, 365, 3, 30, 30, 5000, false);
    }
}
