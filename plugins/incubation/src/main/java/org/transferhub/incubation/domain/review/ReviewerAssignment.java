package org.transferhub.incubation.domain.review;

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
import org.transferhub.spi.incubation.PocStage;

/**
 * A reviewer assigned to a project at a stage, for every round of it. A reviewer who declares a
 * conflict of interest is excluded: their scores are refused and not counted.
 */
@Entity
@Table(name = "reviewer_assignment")
public class ReviewerAssignment {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PocStage stage;

    /** The reviewer's token subject. */
    @Column(nullable = false)
    private String reviewer;

    @Column(nullable = false)
    private String institution;

    @Column(name = "assigned_by", nullable = false)
    private String assignedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "conflict_reason")
    private String conflictReason;

    @Convert(converter = InstantConverter.class)
    @Column(name = "declared_at")
    private Instant declaredAt;

    protected ReviewerAssignment() {}

    public ReviewerAssignment(
            UUID projectId, PocStage stage, String reviewer, String institution, String assignedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.stage = stage;
        this.reviewer = reviewer;
        this.institution = institution;
        this.assignedBy = assignedBy;
        this.assignedAt = at;
    }

    public void declareConflict(String reason, Instant at) {
        this.conflictReason = reason;
        this.declaredAt = at;
    }

    public UUID id() {
        return id;
    }

    public boolean conflicted() {
        return declaredAt != null;
    }

    public UUID projectId() {
        return projectId;
    }

    public PocStage stage() {
        return stage;
    }

    public String reviewer() {
        return reviewer;
    }

    public String institution() {
        return institution;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public String conflictReason() {
        return conflictReason;
    }

    public Instant declaredAt() {
        return declaredAt;
    }
}
