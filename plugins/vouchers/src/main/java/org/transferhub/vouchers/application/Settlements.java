package org.transferhub.vouchers.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.transferhub.spi.voucher.Hold;
import org.transferhub.vouchers.application.VoucherRefused.Reason;
import org.transferhub.vouchers.domain.ledger.Accounts;
import org.transferhub.vouchers.domain.ledger.JournalKind;
import org.transferhub.vouchers.domain.ledger.Ledger;
import org.transferhub.vouchers.domain.ledger.Ledger.Leg;
import org.transferhub.vouchers.domain.programme.Programme;
import org.transferhub.vouchers.domain.settlement.Settlement;
import org.transferhub.vouchers.domain.voucher.VoucherHold;

/**
 * Settles what providers are owed, by month: one person prepares a provider's batch from its
 * captured holds of a closed month, a second approves it, then it is marked paid. Each captured
 * hold is settled once; every step is a journal (SETTLE: payable to settled; PAY: settled to paid).
 */
public class Settlements {

    private final EntityManager em;
    private final Clock clock;
    private final Ledger ledger;

    public Settlements(EntityManager em, String region, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.ledger = new Ledger(em, region);
    }

    /** Batches the provider's captured, unsettled holds of a closed month in the programme. */
    public Settlement prepare(UUID programmeId, UUID providerId, YearMonth period, String preparedBy) {
        Programme p = em.find(Programme.class, programmeId, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw new VoucherRefused(Reason.UNKNOWN_PROGRAMME, "There is no programme " + programmeId + ".");
        }
        new Providers(em, clock).provider(providerId);
        if (!period.isBefore(YearMonth.now(clock))) {
            throw new VoucherRefused(
                    Reason.NOTHING_TO_SETTLE, "Settle a month once it has ended; " + period + " has not.");
        }
        if (!em.createQuery(
                        "select s.id from Settlement s where s.programmeId = :p and s.providerId = :prov and s.period = :period",
                        UUID.class)
                .setParameter("p", programmeId)
                .setParameter("prov", providerId)
                .setParameter("period", period.toString())
                .getResultList()
                .isEmpty()) {
            throw new VoucherRefused(Reason.ALREADY_DONE, "This provider's " + period + " is settled already.");
        }
        Instant from = period.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = period.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<VoucherHold> holds = em.createQuery(
                        "select h from VoucherHold h, Voucher v where h.voucherCode = v.code"
                                + " and v.programmeId = :p and h.providerId = :prov and h.status = :captured and h.settlementId is null"
                                + " and h.capturedAt >= :from and h.capturedAt < :to order by h.capturedAt",
                        VoucherHold.class)
                .setParameter("p", programmeId)
                .setParameter("prov", providerId)
                .setParameter("captured", Hold.HoldStatus.CAPTURED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        if (holds.isEmpty()) {
            throw new VoucherRefused(
                    Reason.NOTHING_TO_SETTLE, "Provider " + providerId + " captured nothing in " + period + ".");
        }
        long amount = holds.stream().mapToLong(VoucherHold::voucherShare).reduce(0L, Math::addExact);
        Settlement s = new Settlement(
                programmeId, providerId, period.toString(), amount, p.currency(), preparedBy, clock.instant());
        em.persist(s);
        holds.forEach(h -> h.settleIn(s.id()));
        ledger.post(
                JournalKind.SETTLE,
                s.id().toString(),
                p.currency(),
                clock.instant(),
                new Leg(Accounts.payable(programmeId, providerId), -amount),
                new Leg(Accounts.settled(programmeId, providerId), amount));
        return s;
    }

    /** The second person's approval: never the one who prepared it. */
    public Settlement approve(UUID id, String approver) {
        Settlement s = settlement(id);
        if (s.status() != Settlement.Status.PREPARED) {
            throw new VoucherRefused(Reason.ALREADY_DONE, "Settlement " + id + " is " + s.status() + " already.");
        }
        if (s.createdBy().equals(approver)) {
            throw new VoucherRefused(
                    Reason.FOUR_EYES, "You prepared settlement " + id + "; a second person approves it.");
        }
        s.approve(approver, clock.instant());
        return s;
    }

    /** Records the payment of an approved settlement. */
    public Settlement pay(UUID id, String paymentReference) {
        Settlement s = settlement(id);
        if (s.status() != Settlement.Status.APPROVED) {
            throw new VoucherRefused(
                    Reason.NOT_APPROVED,
                    "Settlement " + id + " is " + s.status() + "; only an approved settlement is paid.");
        }
        s.paid(paymentReference, clock.instant());
        ledger.post(
                JournalKind.PAY,
                s.id().toString(),
                s.currency(),
                clock.instant(),
                new Leg(Accounts.settled(s.programmeId(), s.providerId()), -s.amount()),
                new Leg(Accounts.paid(s.programmeId(), s.providerId()), s.amount()));
        return s;
    }

    public Settlement settlement(UUID id) {
        Settlement s = em.find(Settlement.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw new VoucherRefused(Reason.UNKNOWN_SETTLEMENT, "There is no settlement " + id + ".");
        }
        return s;
    }

    /** The redemptions a settlement pays, in the order they were captured. */
    public List<VoucherHold> items(UUID id) {
        settlement(id);
        return em.createQuery(
                        "select h from VoucherHold h where h.settlementId = :s order by h.capturedAt",
                        VoucherHold.class)
                .setParameter("s", id.toString())
                .getResultList();
    }
}
