package org.transferhub.incubation.domain.project;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.transferhub.kernel.persistence.InstantConverter;
import org.transferhub.spi.incubation.PocStage;
import org.transferhub.spi.incubation.ProjectStatus;
import org.transferhub.spi.incubation.ProjectSummary;

/**
 * A project built on a research result, moving through its programme's stages one gate at a time:
 * SCREENING, then ACTIVE at IDEATION, FEASIBILITY, COMMERCIAL and SCENARIO in turn, ending PASSED
 * or REJECTED. {@code round} counts the review rounds at the current stage: a REVISE starts a new one.
 */
@Entity
@Table(name = "project")
public class Project {

    @Id
    private UUID id;

    @Column(name = "programme_id", nullable = false)
    private UUID programmeId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String institution;

    /** The team's members, one per line. */
    @Column(nullable = false)
    private String team;

    @Column(nullable = false)
    private String field;

    @Column(nullable = false)
    private int trl;

    /** Patent numbers and other IP references, one per line; null: none. */
    @Column(name = "ip_references")
    private String ipReferences;

    @Column(name = "requested_funding", nullable = false)
    private long requestedFunding;

    @Column(nullable = false)
    private String currency;

    /** Who submitted it and reports for the team: a token subject. */
    @Column(nullable = false)
    private String applicant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PocStage stage;

    @Column(nullable = false)
    private int round;

    /** A string: EclipseLink 4.0 cannot bind a null UUID. */
    @Column(name = "manager_id")
    private String managerId;

    @Convert(converter = InstantConverter.class)
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "screened_by")
    private String screenedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "screened_at")
    private Instant screenedAt;

    @Column(name = "screening_reason")
    private String screeningReason;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Project() {}

    public Project(
            UUID programmeId,
            String title,
            String institution,
            List<String> team,
            String field,
            int trl,
            List<String> ipReferences,
            long requestedFunding,
            String currency,
            String applicant,
            Instant submittedAt) {
        if (trl < 1 || trl > 9) {
            throw new IllegalArgumentException("A technology readiness level is 1 to 9");
        }
        this.id = UUID.randomUUID();
        this.programmeId = programmeId;
        this.title = title;
        this.institution = institution;
        this.team = String.join("\n", team);
        this.field = field;
        this.trl = trl;
        this.ipReferences = ipReferences.isEmpty() ? null : String.join("\n", ipReferences);
        this.requestedFunding = requestedFunding;
        this.currency = currency;
        this.applicant = applicant;
        this.status = ProjectStatus.SCREENING;
        this.stage = PocStage.IDEATION;
        this.round = 1;
        this.submittedAt = submittedAt;
    }

    /** The intake screening: admitted projects enter IDEATION, the others are rejected. */
    public void screen(boolean admit, String by, String reason, Instant at) {
        this.status = admit ? ProjectStatus.ACTIVE : ProjectStatus.REJECTED;
        this.screenedBy = by;
        this.screenedAt = at;
        this.screeningReason = reason;
    }

    /** Past the gate: into the next stage at its first round, or PASSED after SCENARIO. */
    public void advance() {
        if (stage.next() == null) {
            status = ProjectStatus.PASSED;
        } else {
            stage = stage.next();
            round = 1;
        }
    }

    /** Back to the same stage, for a new round of reviews. */
    public void revise() {
        round++;
    }

    public void reject() {
        status = ProjectStatus.REJECTED;
    }

    public void manager(UUID managerId) {
        this.managerId = managerId.toString();
    }

    public ProjectSummary summary() {
        return new ProjectSummary(
                id,
                programmeId,
                title,
                institution,
                field,
                stage,
                status,
                trl,
                managerId == null ? null : UUID.fromString(managerId));
    }

    public UUID id() {
        return id;
    }

    public UUID programmeId() {
        return programmeId;
    }

    public String title() {
        return title;
    }

    public String institution() {
        return institution;
    }

    public List<String> team() {
        return Arrays.asList(team.split("\n"));
    }

    public String field() {
        return field;
    }

    public int trl() {
        return trl;
    }

    public List<String> ipReferences() {
        return ipReferences == null ? List.of() : Arrays.asList(ipReferences.split("\n"));
    }

    public long requestedFunding() {
        return requestedFunding;
    }

    public String currency() {
        return currency;
    }

    public String applicant() {
        return applicant;
    }

    public ProjectStatus status() {
        return status;
    }

    public PocStage stage() {
        return stage;
    }

    public int round() {
        return round;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String screenedBy() {
        return screenedBy;
    }

    public Instant screenedAt() {
        return screenedAt;
    }

    public String screeningReason() {
        return screeningReason;
    }
}
