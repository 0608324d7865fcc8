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
import org.transferhub.kernel.persistence.InstantConverter;
import org.transferhub.spi.incubation.PocStage;

/** Funding granted to a project at a stage; the grants of one stage never add up to more than its cap. */
@Entity
@Table(name = "funding_grant")
public class FundingGrant {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PocStage stage;

    @Column(nullable = false)
    private long amount;

    @Column(nullable = false)
    private String currency;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "granted_by", nullable = false)
    private String grantedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected FundingGrant() {}

    public FundingGrant(
            UUID projectId,
            PocStage stage,
            long amount,
            String currency,
            String purpose,
            String grantedBy,
            Instant grantedAt) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.stage = stage;
        this.amount = amount;
        this.currency = currency;
        this.purpose = purpose;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public UUID id() {
        return id;
    }

    public PocStage stage() {
        return stage;
    }

    public long amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public String purpose() {
        return purpose;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public Instant grantedAt() {
        return grantedAt;
    }
}
