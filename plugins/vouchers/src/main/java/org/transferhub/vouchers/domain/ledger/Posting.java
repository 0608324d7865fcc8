package org.transferhub.vouchers.domain.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One leg of a journal: an amount arriving in (positive) or leaving (negative) an account. */
@Entity
@Table(name = "posting")
public class Posting {

    @Id
    private UUID id;

    @Column(name = "journal_id", nullable = false)
    private UUID journalId;

    @Column(nullable = false)
    private String account;

    @Column(nullable = false)
    private long amount;

    @Column(nullable = false)
    private String currency;

    @Column(nullable = false)
    private String region;

    protected Posting() {}

    Posting(UUID journalId, String account, long amount, String currency, String region) {
        this.id = UUID.randomUUID();
        this.journalId = journalId;
        this.account = account;
        this.amount = amount;
        this.currency = currency;
        this.region = region;
    }
}
