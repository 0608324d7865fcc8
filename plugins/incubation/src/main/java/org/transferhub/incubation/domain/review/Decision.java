package org.transferhub.incubation.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.transferhub.kernel.persistence.InstantConverter;
import org.transferhub.spi.incubation.PocStage;

/**
 * The committee's decision on one round of a stage gate, with its written reason and the evidence
 * it had. Immutable: every column is insert-only, and one round has one decision (a unique key).
 */
@Entity
@Table(name = "decision")
public class Decision {

    /** What the committee decides at a gate. */
    public enum Outcome {
        /** Past the gate, into the next stage (or PASSED after SCENARIO). */
        ADVANCE,
        /** Back to the same stage for a new round of reviews. */
        REVISE,
        /** Out of the programme. */
        REJECT
    }

    @Id
    @Column(updatable = false)
    private UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PocStage stage;

    @Column(nullable = false, updatable = false)
    private int round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Outcome outcome;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "weighted_score", nullable = false, updatable = false)
    private BigDecimal weightedScore;

    @Column(nullable = false, updatable = false)
    private int reviews;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private String decidedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected Decision() {}

    public Decision(
            UUID projectId,
            PocStage stage,
            int round,
            Outcome outcome,
            String reason,
            BigDecimal weightedScore,
            int reviews,
            String decidedBy,
            Instant decidedAt) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.stage = stage;
        this.round = round;
        this.outcome = outcome;
        this.reason = reason;
        this.weightedScore = weightedScore;
        this.reviews = reviews;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID projectId() {
        return projectId;
    }

    public PocStage stage() {
        return stage;
    }

    public int round() {
        return round;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }

    public BigDecimal weightedScore() {
        return weightedScore;
    }

    public int reviews() {
        return reviews;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
