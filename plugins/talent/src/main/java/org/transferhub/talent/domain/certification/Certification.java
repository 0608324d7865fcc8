package org.transferhub.talent.domain.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
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
import org.transferhub.kernel.persistence.Decision;
import org.transferhub.kernel.persistence.InstantConverter;
import org.transferhub.spi.talent.ManagerLevel;

/**
 * A manager's application to be certified at a level (with training hours) or to renew (with
 * continuing-education credits), and the operator's decision on it. A decision is final.
 */
@Entity
@Table(name = "certification")
public class Certification {

    /** What is applied for. */
    public enum Kind {
        CERTIFICATION,
        RENEWAL
    }

    /** Where an application stands. */
    public enum Status {
        SUBMITTED,
        APPROVED,
        REJECTED
    }

    @Id
    private UUID id;

    @Column(name = "manager_id", nullable = false)
    private UUID managerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ManagerLevel level;

    /** Training hours for a certification, continuing-education credits for a renewal. */
    @Column(nullable = false)
    private int hours;

    /** References of the certificates and records shown, one per line. */
    @Column(nullable = false)
    private String evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Embedded
    private Decision decision;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Certification() {}

    public Certification(UUID managerId, Kind kind, ManagerLevel level, int hours, List<String> evidence, Instant at) {
        this.id = UUID.randomUUID();
        this.managerId = managerId;
        this.kind = kind;
        this.level = level;
        this.hours = hours;
        this.evidence = String.join("\n", evidence);
        this.status = Status.SUBMITTED;
        this.createdAt = at;
    }

    public void decide(boolean approve, String reason, String operator, Instant at) {
        if (status != Status.SUBMITTED) {
            throw new IllegalStateException("Already " + status);
        }
        this.status = approve ? Status.APPROVED : Status.REJECTED;
        this.decision = new Decision(operator, reason, at);
    }

    public UUID id() {
        return id;
    }

    public UUID managerId() {
        return managerId;
    }

    public Kind kind() {
        return kind;
    }

    public ManagerLevel level() {
        return level;
    }

    public int hours() {
        return hours;
    }

    public List<String> evidence() {
        return Arrays.asList(evidence.split("\n"));
    }

    public Status status() {
        return status;
    }

    public String reason() {
        return decision == null ? null : decision.reason();
    }

    public String decidedBy() {
        return decision == null ? null : decision.decidedBy();
    }

    public Instant decidedAt() {
        return decision == null ? null : decision.decidedAt();
    }

    public Instant createdAt() {
        return createdAt;
    }
}
