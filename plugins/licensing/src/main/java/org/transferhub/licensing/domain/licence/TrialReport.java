package org.transferhub.licensing.domain.licence;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.transferhub.kernel.persistence.InstantConverter;

/** What a licensee reports during a pay-after-use trial: how the patent is used and how it performs. */
@Entity
@Table(name = "trial_report")
public class TrialReport {

    @Id
    private UUID id;

    @Column(name = "licence_id", nullable = false)
    private UUID licenceId;

    @Column(name = "usage_text", nullable = false)
    private String usage;

    @Column(nullable = false)
    private String performance;

    @Column(nullable = false)
    private long units;

    @Convert(converter = InstantConverter.class)
    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected TrialReport() {}

    public TrialReport(UUID licenceId, String usage, String performance, long units, Instant now) {
        this.id = UUID.randomUUID();
        this.licenceId = licenceId;
        this.usage = usage;
        this.performance = performance;
        this.units = units;
        this.reportedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID licenceId() {
        return licenceId;
    }

    public String usage() {
        return usage;
    }

    public String performance() {
        return performance;
    }

    public long units() {
        return units;
    }

    public Instant reportedAt() {
        return reportedAt;
    }
}
