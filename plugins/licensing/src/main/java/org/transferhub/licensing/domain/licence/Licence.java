package org.transferhub.licensing.domain.licence;

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
import java.util.UUID;
import org.transferhub.kernel.persistence.InstantConverter;
import org.transferhub.spi.licensing.LicenceSummary;
import org.transferhub.spi.licensing.LicenceSummary.LicenceKind;
import org.transferhub.spi.licensing.LicenceSummary.LicenceStatus;

/**
 * A non-exclusive licence on an offer's terms. An open licence is ACTIVE from the take-up; a
 * pay-after-use licence is a TRIAL until the licensee converts (ACTIVE, royalties start that
 * day), walks away (WALKED_AWAY, nothing owed), or lets the trial run out (ENDED).
 */
@Entity
@Table(name = "licence")
public class Licence {

    /** How a pay-after-use trial ended. */
    public enum TrialOutcome {
        CONVERTED,
        WALKED_AWAY,
        EXPIRED
    }

    @Id
    private UUID id;

    @Column(name = "offer_id", nullable = false)
    private UUID offerId;

    @Column(name = "patent_number", nullable = false)
    private String patentNumber;

    @Column(nullable = false)
    private String licensee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LicenceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LicenceStatus status;

    @Column(name = "broker_id")
    private String brokerId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "trial_ends_on")
    private LocalDate trialEndsOn;

    @Column(name = "royalties_from")
    private LocalDate royaltiesFrom;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "recordation_due", nullable = false)
    private LocalDate recordationDue;

    @Column(name = "recorded_on")
    private LocalDate recordedOn;

    @Column(name = "record_number")
    private String recordNumber;

    @Convert(converter = InstantConverter.class)
    @Column(name = "decided_at")
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "trial_outcome")
    private TrialOutcome trialOutcome;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Licence() {}

    /**
     * A licence taken up on {@code today}.
     *
     * @param trialDays the offer's trial, for pay-after-use; null for an open licence
     * @param termMonths how long royalties run, from the take-up or the conversion
     * @param recordationMonths the months within which the contract must be recorded
     */
    public Licence(
            UUID offerId,
            String patentNumber,
            String licensee,
            LicenceKind kind,
            UUID brokerId,
            LocalDate today,
            Integer trialDays,
            int termMonths,
            int recordationMonths,
            Instant now) {
        this.id = UUID.randomUUID();
        this.offerId = offerId;
        this.patentNumber = patentNumber;
        this.licensee = licensee;
        this.kind = kind;
        this.brokerId = brokerId == null ? null : brokerId.toString();
        this.startsOn = today;
        this.recordationDue = today.plusMonths(recordationMonths);
        this.createdAt = now;
        if (kind == LicenceKind.PAY_AFTER_USE) {
            this.status = LicenceStatus.TRIAL;
            this.trialEndsOn = today.plusDays(trialDays - 1L);
        } else {
            this.status = LicenceStatus.ACTIVE;
            startRoyalties(today, termMonths);
        }
    }

    private void startRoyalties(LocalDate from, int termMonths) {
        this.royaltiesFrom = from;
        this.endsOn = from.plusMonths(termMonths).minusDays(1);
    }

    /** The licensee converts a trial: royalties start {@code today}, for the offer's term. */
    public void convert(LocalDate today, int termMonths, Instant now) {
        startRoyalties(today, termMonths);
        endTrial(LicenceStatus.ACTIVE, TrialOutcome.CONVERTED, now);
    }

    /** The licensee walks away: the licence ends, nothing is owed. */
    public void walkAway(Instant now) {
        endTrial(LicenceStatus.WALKED_AWAY, TrialOutcome.WALKED_AWAY, now);
    }

    /** The trial ran out without a decision: the licence ends, nothing is owed. */
    public void expireTrial(Instant now) {
        endTrial(LicenceStatus.ENDED, TrialOutcome.EXPIRED, now);
    }

    /** The term is over. */
    public void end() {
        this.status = LicenceStatus.ENDED;
    }

    private void endTrial(LicenceStatus next, TrialOutcome outcome, Instant now) {
        this.status = next;
        this.trialOutcome = outcome;
        this.decidedAt = now;
    }

    public void record(LocalDate on, String number) {
        this.recordedOn = on;
        this.recordNumber = number;
    }

    /** Not recorded, and the recordation deadline has passed. */
    public boolean recordationOverdue(LocalDate today) {
        return recordedOn == null && today.isAfter(recordationDue);
    }

    public LicenceSummary summary() {
        return new LicenceSummary(id, patentNumber, licensee, kind, status, brokerId(), startsOn);
    }

    public UUID id() {
        return id;
    }

    public UUID offerId() {
        return offerId;
    }

    public String patentNumber() {
        return patentNumber;
    }

    public String licensee() {
        return licensee;
    }

    public LicenceKind kind() {
        return kind;
    }

    public LicenceStatus status() {
        return status;
    }

    public UUID brokerId() {
        return brokerId == null ? null : UUID.fromString(brokerId);
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate trialEndsOn() {
        return trialEndsOn;
    }

    public LocalDate royaltiesFrom() {
        return royaltiesFrom;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public LocalDate recordationDue() {
        return recordationDue;
    }

    public LocalDate recordedOn() {
        return recordedOn;
    }

    public String recordNumber() {
        return recordNumber;
    }

    public TrialOutcome trialOutcome() {
        return trialOutcome;
    }
}
