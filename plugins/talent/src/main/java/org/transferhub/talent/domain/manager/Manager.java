package org.transferhub.talent.domain.manager;

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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.transferhub.kernel.persistence.InstantConverter;
import org.transferhub.spi.talent.ManagerLevel;

/**
 * A technology manager of the registry. The phone and identity number are private: they leave the
 * registry only to the manager themselves and to operators, never in a public profile.
 */
@Entity
@Table(name = "manager")
public class Manager {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String affiliation;

    @Enumerated(EnumType.STRING)
    @Column(name = "affiliation_kind", nullable = false)
    private AffiliationKind affiliationKind;

    @Column(nullable = false)
    private String region;

    /** Field codes, comma-separated. */
    @Column(nullable = false)
    private String fields;

    /** Language tags, comma-separated. */
    @Column(nullable = false)
    private String languages;

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false)
    private boolean available;

    @Column(nullable = false)
    private String phone;

    @Column(name = "id_number", nullable = false)
    private String idNumber;

    @Enumerated(EnumType.STRING)
    private ManagerLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ManagerStatus status;

    @Column(name = "certified_until")
    private LocalDate certifiedUntil;

    @Column(name = "status_reason")
    private String statusReason;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Manager() {}

    public Manager(
            String username,
            String displayName,
            String affiliation,
            AffiliationKind affiliationKind,
            String region,
            List<String> fields,
            List<String> languages,
            int capacity,
            String phone,
            String idNumber,
            Instant at) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.displayName = displayName;
        this.affiliation = affiliation;
        this.affiliationKind = affiliationKind;
        this.region = region;
        this.fields = String.join(",", fields);
        this.languages = String.join(",", languages);
        this.capacity = capacity;
        this.available = true;
        this.phone = phone;
        this.idNumber = idNumber;
        this.status = ManagerStatus.UNCERTIFIED;
        this.createdAt = at;
    }

    /** Certified (or renewed) at a level until a date. */
    public void certify(ManagerLevel level, LocalDate until) {
        this.level = level;
        this.certifiedUntil = until;
        if (status != ManagerStatus.SUSPENDED) {
            this.status = ManagerStatus.ACTIVE;
            this.statusReason = null;
        }
    }

    public void suspend(String reason) {
        this.status = ManagerStatus.SUSPENDED;
        this.statusReason = reason;
    }

    /** Lifts a suspension: ACTIVE again, EXPIRED if the certification ran out meanwhile, UNCERTIFIED if there was none. */
    public void reinstate(String reason, LocalDate today) {
        this.status = certifiedUntil == null
                ? ManagerStatus.UNCERTIFIED
                : certifiedUntil.isBefore(today) ? ManagerStatus.EXPIRED : ManagerStatus.ACTIVE;
        this.statusReason = reason;
    }

    public void expire() {
        this.status = ManagerStatus.EXPIRED;
        this.statusReason = "Certification ran out on " + certifiedUntil;
    }

    public void available(boolean available) {
        this.available = available;
    }

    /** Certified and in date on {@code today}: the only managers matched or assigned. */
    public boolean certifiedOn(LocalDate today) {
        return status == ManagerStatus.ACTIVE && certifiedUntil != null && !certifiedUntil.isBefore(today);
    }

    /** Works at the institution (names compared without case and surrounding spaces). */
    public boolean worksAt(String institution) {
        return affiliation
                .trim()
                .toLowerCase(Locale.ROOT)
                .equals(institution.trim().toLowerCase(Locale.ROOT));
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String affiliation() {
        return affiliation;
    }

    public AffiliationKind affiliationKind() {
        return affiliationKind;
    }

    public String region() {
        return region;
    }

    public List<String> fields() {
        return split(fields);
    }

    public List<String> languages() {
        return split(languages);
    }

    public int capacity() {
        return capacity;
    }

    public boolean available() {
        return available;
    }

    public String phone() {
        return phone;
    }

    public String idNumber() {
        return idNumber;
    }

    public ManagerLevel level() {
        return level;
    }

    public ManagerStatus status() {
        return status;
    }

    public LocalDate certifiedUntil() {
        return certifiedUntil;
    }

    public String statusReason() {
        return statusReason;
    }

    private static List<String> split(String csv) {
        return csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }
}
