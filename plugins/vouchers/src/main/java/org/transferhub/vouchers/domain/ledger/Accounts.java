package org.transferhub.vouchers.domain.ledger;

import java.util.UUID;

/**
 * Account names. Every account of a programme starts with its prefix, so the programme's books
 * balance on their own: the sponsor's account holds minus the budget, and the budget is what the
 * programme's other accounts hold (unissued + vouchers' available and held + providers' payable,
 * settled and paid).
 */
public final class Accounts {

    private Accounts() {}

    public static String programme(UUID programme) {
        return "programme/" + programme + "/";
    }

    public static String sponsor(UUID programme) {
        return programme(programme) + "sponsor";
    }

    public static String unissued(UUID programme) {
        return programme(programme) + "unissued";
    }

    public static String available(UUID programme, String voucherCode) {
        return programme(programme) + "voucher/" + voucherCode + "/available";
    }

    public static String held(UUID programme, String voucherCode) {
        return programme(programme) + "voucher/" + voucherCode + "/held";
    }

    public static String payable(UUID programme, UUID provider) {
        return programme(programme) + "provider/" + provider + "/payable";
    }

    /** Owed to a provider in an approved settlement, until paid. */
    public static String settled(UUID programme, UUID provider) {
        return programme(programme) + "provider/" + provider + "/settled";
    }

    /**
     * Owed to or by another region for redemptions across regions (a voucher of this region spent
     * at a provider of {@code counterpartRegion}), until the two regions clear. Every journal and
     * posting carries the region that wrote it, so both sides can reconcile.
     */
    public static String clearing(UUID programme, String counterpartRegion) {
        return programme(programme) + "clearing/" + counterpartRegion;
    }

    /** Paid out to a provider. */
    public static String paid(UUID programme, UUID provider) {
        return programme(programme) + "provider/" + provider + "/paid";
    }
}
