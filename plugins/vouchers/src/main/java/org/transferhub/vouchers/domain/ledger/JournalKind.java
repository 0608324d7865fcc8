package org.transferhub.vouchers.domain.ledger;

/** What a movement is. A correction is a new reversing journal, never an edit. */
public enum JournalKind {
    /** The sponsor's budget made available to the programme. */
    FUND,
    /** Budget put on a holder's voucher. */
    ISSUE,
    /** A provider's hold on part of a voucher for an order. */
    HOLD,
    /** A held amount becomes owed to the provider. */
    CAPTURE,
    /** A held amount returns to the voucher. */
    VOID,
    /** A hold that timed out returns to the voucher. */
    RELEASE,
    /** Unused voucher balance returns to the programme after the use deadline. */
    EXPIRE,
    /** Owed amounts batched for payment. */
    SETTLE,
    /** A settlement paid out. */
    PAY,
    /** Reverses an earlier journal. */
    CORRECTION
}
