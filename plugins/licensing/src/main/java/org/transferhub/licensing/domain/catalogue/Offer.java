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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.transferhub.kernel.persistence.InstantConverter;
import org.transferhub.spi.licensing.LicenceSummary.LicenceKind;

/**
 * The standard terms a patent is offered on. Published, they never change: every licensee of the
 * offer gets the same terms (the licence refers to the offer, it keeps no copy of its own).
 */
@Entity
@Table(name = "offer")
public class Offer {

    /** DRAFT while the co-owners consent; PUBLISHED once anyone may take it up. */
    public enum Status {
        DRAFT,
        PUBLISHED
    }

    @Id
    private UUID id;

    @Column(name = "patent_id", nullable = false)
    private UUID patentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LicenceKind kind;

    @Column(name = "schedule_type", nullable = false)
    private String scheduleType;

    @Column(name = "schedule_params", nullable = false)
    private String scheduleParams;

    @Column(nullable = false)
    private String currency;

    @Column(name = "annual_minimum")
    private Long annualMinimum;

    @Column(name = "annual_cap")
    private Long annualCap;

    @Column(name = "term_months", nullable = false)
    private int termMonths;

    @Column(name = "trial_days")
    private Integer trialDays;

    @Column(name = "field_of_use", nullable = false)
    private String fieldOfUse;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private String consents;

    @Convert(converter = InstantConverter.class)
    @Column(name = "published_at")
    private Instant publishedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Offer() {}

    /** The terms of an offer; {@code trialDays} only for pay-after-use, the two amounts optional. */
    public record Terms(
            LicenceKind kind,
            String scheduleType,
            Map<String, String> parameters,
            String currency,
            Long annualMinimum,
            Long annualCap,
            int termMonths,
            Integer trialDays,
            String fieldOfUse) {}

    public Offer(UUID patentId, Terms t, Instant now) {
        this.id = UUID.randomUUID();
        this.patentId = patentId;
        this.kind = t.kind();
        this.scheduleType = t.scheduleType();
        this.scheduleParams = lines(t.parameters());
        this.currency = t.currency();
        this.annualMinimum = t.annualMinimum();
        this.annualCap = t.annualCap();
        this.termMonths = t.termMonths();
        this.trialDays = t.kind() == LicenceKind.PAY_AFTER_USE ? t.trialDays() : null;
        this.fieldOfUse = t.fieldOfUse();
        this.status = Status.DRAFT;
        this.consents = "";
        this.createdAt = now;
    }

    // A line break inside a value would split it: it becomes a space.
    private static String lines(Map<String, String> parameters) {
        StringBuilder b = new StringBuilder();
        parameters.forEach((k, v) -> b.append(k)
                .append('=')
                .append(v.replace('\n', ' ').replace('\r', ' '))
                .append('\n'));
        return b.toString();
    }

    /** Records a co-owner's consent; consenting twice changes nothing. */
    public void consent(String owner) {
        if (!consents().contains(owner)) {
            consents = consents + owner + "\n";
        }
    }

    public void publish(Instant at) {
        this.status = Status.PUBLISHED;
        this.publishedAt = at;
    }

    public Terms terms() {
        return new Terms(
                kind,
                scheduleType,
                parameters(),
                currency,
                annualMinimum,
                annualCap,
                termMonths,
                trialDays,
                fieldOfUse);
    }

    public Map<String, String> parameters() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : scheduleParams.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                m.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return m;
    }

    public List<String> consents() {
        List<String> list = new ArrayList<>();
        for (String line : consents.split("\n")) {
            if (!line.isEmpty()) {
                list.add(line);
            }
        }
        return list;
    }

    public UUID id() {
        return id;
    }

    public UUID patentId() {
        return patentId;
    }

    public LicenceKind kind() {
        return kind;
    }

    public String currency() {
        return currency;
    }

    public Status status() {
        return status;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
