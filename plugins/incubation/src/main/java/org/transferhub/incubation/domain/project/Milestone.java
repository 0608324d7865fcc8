package org.transferhub.incubation.domain.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** A milestone the team sets itself (a prototype, a pilot), and the day it was achieved. */
@Entity
@Table(name = "milestone")
public class Milestone {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(nullable = false)
    private String title;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "achieved_on")
    private LocalDate achievedOn;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Milestone() {}

    public Milestone(UUID projectId, String title, LocalDate dueOn) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.title = title;
        this.dueOn = dueOn;
    }

    public void achieved(LocalDate on) {
        this.achievedOn = on;
    }

    public UUID id() {
        return id;
    }

    public UUID projectId() {
        return projectId;
    }

    public String title() {
        return title;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    /** Null until achieved. */
    public LocalDate achievedOn() {
        return achievedOn;
    }
}
