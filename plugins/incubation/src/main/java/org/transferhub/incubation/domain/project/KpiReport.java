package org.transferhub.incubation.domain.project;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.transferhub.kernel.persistence.InstantConverter;

/**
 * The team's report for one period ({@code 2026-Q2}) of its key performance indicators: the
 * counts and amounts reached by the end of the period.
 */
@Entity
@Table(name = "kpi_report")
public class KpiReport {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(name = "report_period", nullable = false)
    private String period;

    @Column(nullable = false)
    private int prototypes;

    @Column(name = "pilot_customers", nullable = false)
    private int pilotCustomers;

    @Column(nullable = false)
    private long revenue;

    @Column(name = "funding_raised", nullable = false)
    private long fundingRaised;

    @Column(nullable = false)
    private String currency;

    private String note;

    @Column(name = "reported_by", nullable = false)
    private String reportedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected KpiReport() {}

    public KpiReport(
            UUID projectId,
            String period,
            int prototypes,
            int pilotCustomers,
            long revenue,
            long fundingRaised,
            String currency,
            String note,
            String reportedBy,
            Instant reportedAt) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.period = period;
        this.prototypes = prototypes;
        this.pilotCustomers = pilotCustomers;
        this.revenue = revenue;
        this.fundingRaised = fundingRaised;
        this.currency = currency;
        this.note = note;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    public String period() {
        return period;
    }

    public int prototypes() {
        return prototypes;
    }

    public int pilotCustomers() {
        return pilotCustomers;
    }

    public long revenue() {
        return revenue;
    }

    public long fundingRaised() {
        return fundingRaised;
    }

    public String currency() {
        return currency;
    }

    public String note() {
        return note;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public Instant reportedAt() {
        return reportedAt;
    }
}
