package org.transferhub.vouchers.domain.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.transferhub.kernel.persistence.InstantConverter;

/** One movement of money: its kind, what it is about, when. Immutable once written. */
@Entity
@Table(name = "journal")
public class Journal {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JournalKind kind;

    @Column(nullable = false)
    private String reference;

    @Column(nullable = false)
    private String region;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Journal() {}

    Journal(JournalKind kind, String reference, String region, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.reference = reference;
        this.region = region;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public JournalKind kind() {
        return kind;
    }
}
