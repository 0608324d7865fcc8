package org.transferhub.licensing.domain.royalty;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.transferhub.kernel.persistence.InstantConverter;

/** A licensee's figures for one period of one licence year, and the royalty they came to. */
@Entity
@Table(name = "revenue_report")
public class RevenueReport {

    @Id
    private UUID id;

    @Column(name = "licence_id", nullable = false)
    private UUID licenceId;

    @Column(name = "licence_year", nullable = false)
    private int licenceYear;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "net_sales", nullable = false)
    private long netSales;

    @Column(nullable = false)
    private long profit;

    @Column(nullable = false)
    private long units;

    @Column(nullable = false)
    private String currency;

    @Column(nullable = false)
    private long royalty;

    @Column(name = "due_by", nullable = false)
    private LocalDate dueBy;

    @Column(nullable = false)
    private boolean late;

    @Convert(converter = InstantConverter.class)
    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected RevenueReport() {}

    public RevenueReport(
            UUID licenceId,
            int licenceYear,
            LocalDate periodFrom,
            LocalDate periodTo,
            long netSales,
            long profit,
            long units,
            String currency,
            long royalty,
            LocalDate dueBy,
            LocalDate today,
            Instant now) {
        this.id = UUID.randomUUID();
        this.licenceId = licenceId;
        this.licenceYear = licenceYear;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.netSales = netSales;
        this.profit = profit;
        this.units = units;
        this.currency = currency;
        this.royalty = royalty;
        this.dueBy = dueBy;
        this.late = today.isAfter(dueBy);
        this.reportedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID licenceId() {
        return licenceId;
    }

    public int licenceYear() {
        return licenceYear;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public long netSales() {
        return netSales;
    }

    public long profit() {
        return profit;
    }

    public long units() {
        return units;
    }

    public String currency() {
        return currency;
    }

    public long royalty() {
        return royalty;
    }

    public LocalDate dueBy() {
        return dueBy;
    }

    public boolean late() {
        return late;
    }
}
