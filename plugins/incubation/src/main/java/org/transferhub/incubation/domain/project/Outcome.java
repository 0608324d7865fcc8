package org.transferhub.incubation.domain.project;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.transferhub.kernel.persistence.InstantConverter;

/** What a project achieved; recorded whenever it happens, also long after its programme ended. */
@Entity
@Table(name = "outcome")
public class Outcome {

    /** The kinds of outcome the region counts. */
    public enum Kind {
        /** A company founded on the research result; counterpart: the company. */
        SPIN_OFF,
        /** A licence granted; counterpart: the licensee. */
        LICENCE,
        /** Investment raised; counterpart: the investor; amount required. */
        INVESTMENT
    }

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String counterpart;

    /** The investment raised or the licence's fee; null when none. */
    private Long amount;

    /** The valuation of the venture at this outcome; null when none was stated. */
    private Long valuation;

    @Column(nullable = false)
    private String currency;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Outcome() {}

    public Outcome(
            UUID projectId,
            Kind kind,
            String counterpart,
            Long amount,
            Long valuation,
            String currency,
            LocalDate occurredOn,
            String recordedBy,
            Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.kind = kind;
        this.counterpart = counterpart;
        this.amount = amount;
        this.valuation = valuation;
        this.currency = currency;
        this.occurredOn = occurredOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID projectId() {
        return projectId;
    }

    public Kind kind() {
        return kind;
    }

    public String counterpart() {
        return counterpart;
    }

    public Long amount() {
        return amount;
    }

    public Long valuation() {
        return valuation;
    }

    public String currency() {
        return currency;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
