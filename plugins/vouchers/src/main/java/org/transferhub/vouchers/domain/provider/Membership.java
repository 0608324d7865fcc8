package org.transferhub.vouchers.domain.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.transferhub.kernel.persistence.Decision;

/** A provider's admission to a programme: PENDING until an operator accepts it or rejects it with a reason. */
@Entity
@Table(name = "membership")
public class Membership {

    /** Where an application to join a programme stands. */
    public enum Status {
        PENDING,
        ACCEPTED,
        REJECTED
    }

    @Id
    private UUID id;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @Column(name = "programme_id", nullable = false)
    private UUID programmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Embedded
    private Decision decision;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Membership() {}

    public Membership(UUID providerId, UUID programmeId) {
        this.id = UUID.randomUUID();
        this.providerId = providerId;
        this.programmeId = programmeId;
        this.status = Status.PENDING;
    }

    /** Records the operator's decision; a decision is final. */
    public void decide(boolean accept, String reason, String operator, Instant at) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("Already " + status);
        }
        this.status = accept ? Status.ACCEPTED : Status.REJECTED;
        this.decision = new Decision(operator, reason, at);
    }

    public UUID providerId() {
        return providerId;
    }

    public UUID programmeId() {
        return programmeId;
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
}
