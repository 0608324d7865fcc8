package org.transferhub.talent.domain.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.transferhub.kernel.persistence.InstantConverter;
import org.transferhub.spi.talent.Assignment;

/** A manager partnering a project; it counts against the manager's capacity until released. */
@Entity
@Table(name = "assignment")
public class ManagerAssignment {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(name = "manager_id", nullable = false)
    private UUID managerId;

    @Column(nullable = false)
    private String institution;

    @Column(nullable = false)
    private String field;

    @Convert(converter = InstantConverter.class)
    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "released_at")
    private Instant releasedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected ManagerAssignment() {}

    public ManagerAssignment(UUID projectId, UUID managerId, String institution, String field, Instant at) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.managerId = managerId;
        this.institution = institution;
        this.field = field;
        this.assignedAt = at;
    }

    public void release(Instant at) {
        this.releasedAt = at;
    }

    public boolean released() {
        return releasedAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID managerId() {
        return managerId;
    }

    public UUID projectId() {
        return projectId;
    }

    public String institution() {
        return institution;
    }

    public String field() {
        return field;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    /** When the assignment was released; null while it is open. */
    public Instant releasedAt() {
        return releasedAt;
    }

    public Assignment toSpi() {
        return new Assignment(id, projectId, managerId, assignedAt);
    }
}
