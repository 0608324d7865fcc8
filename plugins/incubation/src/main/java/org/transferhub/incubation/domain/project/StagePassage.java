package org.transferhub.incubation.domain.project;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.transferhub.incubation.domain.review.Decision;
import org.transferhub.kernel.persistence.InstantConverter;
import org.transferhub.spi.incubation.PocStage;

/** A project's time at one stage: from entering it to the gate's ADVANCE or REJECT (a REVISE keeps it open). */
@Entity
@Table(name = "stage_passage")
public class StagePassage {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PocStage stage;

    @Convert(converter = InstantConverter.class)
    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "left_at")
    private Instant leftAt;

    @Enumerated(EnumType.STRING)
    private Decision.Outcome outcome;

    protected StagePassage() {}

    public StagePassage(UUID projectId, PocStage stage, Instant enteredAt) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.stage = stage;
        this.enteredAt = enteredAt;
    }

    public void leave(Decision.Outcome outcome, Instant at) {
        this.outcome = outcome;
        this.leftAt = at;
    }

    public UUID projectId() {
        return projectId;
    }

    public PocStage stage() {
        return stage;
    }

    public Instant enteredAt() {
        return enteredAt;
    }

    /** Null while the project is at the stage. */
    public Instant leftAt() {
        return leftAt;
    }

    public Decision.Outcome outcome() {
        return outcome;
    }
}
