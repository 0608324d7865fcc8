package org.transferhub.incubation.domain.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.transferhub.spi.incubation.PocStage;

/**
 * One stage of a programme: the date its gate is due, what one project may be granted at it, the
 * scorecard its reviewers fill in and the gate rule (optional) the committee's ADVANCE must meet.
 */
@Entity
@Table(name = "programme_stage")
public class ProgrammeStage {

    @Id
    private UUID id;

    @Column(name = "programme_id", nullable = false)
    private UUID programmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PocStage stage;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "funding_cap", nullable = false)
    private long fundingCap;

    @Column(nullable = false)
    private String scorecard;

    @Column(name = "gate_rule")
    private String gateRule;

    @Column(name = "gate_parameter")
    private String gateParameter;

    protected ProgrammeStage() {}

    public ProgrammeStage(
            UUID programmeId,
            PocStage stage,
            LocalDate deadline,
            long fundingCap,
            String scorecard,
            String gateRule,
            String gateParameter) {
        if (fundingCap < 0) {
            throw new IllegalArgumentException("A funding cap is not negative");
        }
        this.id = UUID.randomUUID();
        this.programmeId = programmeId;
        this.stage = stage;
        this.deadline = deadline;
        this.fundingCap = fundingCap;
        this.scorecard = scorecard;
        this.gateRule = gateRule;
        this.gateParameter = gateParameter;
    }

    public UUID programmeId() {
        return programmeId;
    }

    public PocStage stage() {
        return stage;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public long fundingCap() {
        return fundingCap;
    }

    public String scorecard() {
        return scorecard;
    }

    /** Null: the committee's judgement alone. */
    public String gateRule() {
        return gateRule;
    }

    public String gateParameter() {
        return gateParameter;
    }
}
