package org.transferhub.licensing.domain.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.transferhub.kernel.persistence.InstantConverter;

/** A patent in the catalogue, with its co-owners (every one must consent before an offer is published). */
@Entity
@Table(name = "patent")
public class Patent {

    /** The three kinds of Chinese patent; utility models and designs are granted unexamined. */
    public enum Kind {
        INVENTION,
        UTILITY_MODEL,
        DESIGN;

        /** Unexamined kinds need an evaluation report (专利权评价报告) before an open licence. */
        public boolean needsEvaluationReport() {
            return this != INVENTION;
        }
    }

    /** Whether the patent can still be licensed. */
    public enum Status {
        IN_FORCE,
        LAPSED
    }

    @Id
    private UUID id;

    @Column(name = "patent_number", nullable = false)
    private String number;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String owners;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private String field;

    @Column(name = "abstract_text", nullable = false)
    private String abstractText;

    @Column(name = "evaluation_report")
    private String evaluationReport;

    @Column(name = "voucher_provider_id")
    private String voucherProviderId;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Patent() {}

    public Patent(
            String number,
            String title,
            Kind kind,
            List<String> owners,
            LocalDate expiresOn,
            String field,
            String abstractText,
            String evaluationReport,
            UUID voucherProviderId,
            Instant now) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.title = title;
        this.kind = kind;
        this.owners = String.join("\n", owners);
        this.expiresOn = expiresOn;
        this.status = Status.IN_FORCE;
        this.field = field;
        this.abstractText = abstractText;
        this.evaluationReport = evaluationReport;
        this.voucherProviderId = voucherProviderId == null ? null : voucherProviderId.toString();
        this.createdAt = now;
    }

    /** Whether a licence can start on the day: in force and not expired. */
    public boolean licensableOn(LocalDate day) {
        return status == Status.IN_FORCE && !day.isAfter(expiresOn);
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    public Kind kind() {
        return kind;
    }

    public List<String> owners() {
        return List.of(owners.split("\n"));
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public Status status() {
        return status;
    }

    public String field() {
        return field;
    }

    public String abstractText() {
        return abstractText;
    }

    public String evaluationReport() {
        return evaluationReport;
    }

    public UUID voucherProviderId() {
        return voucherProviderId == null ? null : UUID.fromString(voucherProviderId);
    }
}
