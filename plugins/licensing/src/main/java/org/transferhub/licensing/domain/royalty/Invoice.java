package org.transferhub.licensing.domain.royalty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** The royalty of one revenue report, owed by the licensee; OPEN until paid in full. */
@Entity
@Table(name = "invoice")
public class Invoice {

    public enum Status {
        OPEN,
        PAID
    }

    @Id
    private UUID id;

    @Column(name = "licence_id", nullable = false)
    private UUID licenceId;

    @Column(name = "report_id", nullable = false)
    private UUID reportId;

    @Column(nullable = false)
    private String licensee;

    @Column(nullable = false)
    private long amount;

    @Column(nullable = false)
    private long paid;

    @Column(nullable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Invoice() {}

    public Invoice(
            UUID licenceId,
            UUID reportId,
            String licensee,
            long amount,
            String currency,
            LocalDate issuedOn,
            LocalDate dueOn) {
        this.id = UUID.randomUUID();
        this.licenceId = licenceId;
        this.reportId = reportId;
        this.licensee = licensee;
        this.amount = amount;
        this.paid = 0;
        this.currency = currency;
        this.status = Status.OPEN;
        this.issuedOn = issuedOn;
        this.dueOn = dueOn;
    }

    /** What is still owed. */
    public long outstanding() {
        return amount - paid;
    }

    /** Records money received; the invoice is PAID once nothing is outstanding. */
    public void receive(long received) {
        if (received <= 0 || received > outstanding()) {
            throw new IllegalArgumentException("receive " + received + " of " + outstanding());
        }
        paid += received;
        if (paid == amount) {
            status = Status.PAID;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID licenceId() {
        return licenceId;
    }

    public UUID reportId() {
        return reportId;
    }

    public String licensee() {
        return licensee;
    }

    public long amount() {
        return amount;
    }

    public long paid() {
        return paid;
    }

    public String currency() {
        return currency;
    }

    public Status status() {
        return status;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }
}
