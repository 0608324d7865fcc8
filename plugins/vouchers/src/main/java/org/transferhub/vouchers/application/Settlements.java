package org.transferhub.vouchers.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.transferhub.spi.Page;
import org.transferhub.spi.voucher.Hold;
import org.transferhub.vouchers.application.VoucherRefused.Reason;
import org.transferhub.vouchers.domain.ledger.Accounts;
import org.transferhub.vouchers.domain.ledger.JournalKind;
import org.transferhub.vouchers.domain.ledger.Ledger;
import org.transferhub.vouchers.domain.ledger.Ledger.Leg;
import org.transferhub.vouchers.domain.programme.Programme;
import org.transferhub.vouchers.domain.settlement.Settlement;
import org.transferhub.vouchers.domain.settlement.SettlementCycle;
import org.transferhub.vouchers.domain.settlement.SettlementCycle.Window;
import org.transferhub.vouchers.domain.voucher.VoucherHold;

/**
 * Settles what providers are owed, by period (a month unless the region sets another cycle): one
 * person prepares a provider's batch from its captured holds of an ended period, with the
 * references of the documents behind it; a second approves it, then it is marked paid. Each
 * captured hold is settled once; every step is a journal (SETTLE: payable to settled; PAY:
 * settled to paid).
 */
public class Settlements {

    /** What a provider is owed for an ended period and nobody has batched yet. */
    public record Due(UUID providerId, String period, int redemptions, long amount, String currency) {}

    private final EntityManager em;
    private final Clock clock;
    private final Ledger ledger;
    private final SettlementCycle cycle;

    public Settlements(EntityManager em, String region, Clock clock, SettlementCycle cycle) {
        this.em = em;
        this.clock = clock;
        this.ledger = new Ledger(em, region);
        this.cycle = cycle;
    }

    /**
     * Batches the provider's captured, unsettled holds in the programme up to the end of an ended
     * period: the period's own and any an earlier batch left behind.
     */
    public Settlement prepare(
            UUID programmeId, UUID providerId, String period, List<String> evidence, String preparedBy) {
        Window window;
        try {
            window = cycle.window(period);
        } catch (IllegalArgumentException e) {
            throw new VoucherRefused(Reason.INVALID_PERIOD, e.getMessage());
        }
        if (evidence.isEmpty()) {
            throw new VoucherRefused(
                    Reason.NO_EVIDENCE, "Name the documents behind the batch: the provider's invoice at least.");
        }
        Programme p = em.find(Programme.class, programmeId, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw new VoucherRefused(Reason.UNKNOWN_PROGRAMME, "There is no programme " + programmeId + ".");
        }
        new Providers(em, clock).provider(providerId);
        if (window.to().isAfter(clock.instant())) {
            throw new VoucherRefused(
                    Reason.NOTHING_TO_SETTLE,
                    "Settle a period once it has ended; " + window.label() + " ends at " + window.to() + ".");
        }
        if (settledPeriods(programmeId, providerId).contains(window.label())) {
            throw new VoucherRefused(Reason.ALREADY_DONE, "This provider's " + window.label() + " is settled already.");
        }
        // Up to the period's end, so a capture that landed in a batched period is not left behind.
        List<VoucherHold> holds = unsettled(programmeId, providerId, Instant.EPOCH, window.to());
        if (holds.isEmpty()) {
            throw new VoucherRefused(
                    Reason.NOTHING_TO_SETTLE,
                    "Provider " + providerId + " captured nothing in " + window.label() + ".");
        }
        long amount = holds.stream().mapToLong(VoucherHold::voucherShare).reduce(0L, Math::addExact);
        Settlement s = new Settlement(
                programmeId, providerId, window.label(), amount, p.currency(), evidence, preparedBy, clock.instant());
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
        Settlement s = settlement(id, LockModeType.PESSIMISTIC_WRITE);
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
        Settlement s = settlement(id, LockModeType.PESSIMISTIC_WRITE);
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

    /**
     * What providers are owed for ended periods and nobody has batched, as the batches preparing
     * them would be: one per provider and period, each taking the captures up to its period's end
     * that an earlier batch does not. A capture that lands in a period already batched (it
     * committed just after the batch, or the cycle was changed) goes into the provider's next batch.
     */
    public List<Due> due(UUID programmeId) {
        Programme p = programme(programmeId);
        Window open = cycle.windowOf(clock.instant());
        Window lastEnded = cycle.windowOf(open.from().minusSeconds(1));
        Map<UUID, List<VoucherHold>> byProvider = new LinkedHashMap<>();
        for (VoucherHold h : unsettled(programmeId, null, Instant.EPOCH, open.from())) {
            byProvider.computeIfAbsent(h.providerId(), k -> new ArrayList<>()).add(h);
        }
        List<Due> due = new ArrayList<>();
        byProvider.forEach((provider, captures) -> {
            List<String> settled = settledPeriods(programmeId, provider);
            Map<String, Window> candidates = new java.util.TreeMap<>();
            for (VoucherHold h : captures) {
                Window own = cycle.windowOf(h.capturedAt());
                Window batch = settled.contains(own.label()) ? lastEnded : own;
                if (!settled.contains(batch.label())) {
                    candidates.put(batch.from().toString(), batch);
                }
            }
            Map<Window, List<VoucherHold>> batches = new LinkedHashMap<>();
            for (VoucherHold h : captures) {
                candidates.values().stream()
                        .filter(w -> h.capturedAt().isBefore(w.to()))
                        .findFirst()
                        .ifPresent(w -> batches.computeIfAbsent(w, k -> new ArrayList<>())
                                .add(h));
            }
            batches.forEach((w, holds) -> due.add(new Due(
                    provider,
                    w.label(),
                    holds.size(),
                    holds.stream().mapToLong(VoucherHold::voucherShare).reduce(0L, Math::addExact),
                    p.currency())));
        });
        due.sort(Comparator.comparing((Due d) -> cycle.window(d.period()).from())
                .thenComparing(d -> d.providerId().toString()));
        return due;
    }

    private List<String> settledPeriods(UUID programmeId, UUID providerId) {
        return em.createQuery(
                        "select s.period from Settlement s where s.programmeId = :p and s.providerId = :prov",
                        String.class)
                .setParameter("p", programmeId)
                .setParameter("prov", providerId)
                .getResultList();
    }

    /** A programme's settlements, optionally of one status, ordered by id; a page after the cursor (an id). */
    public Page<Settlement> list(UUID programmeId, Settlement.Status status, int limit, String after) {
        programme(programmeId);
        var query = em.createQuery(
                        "select s from Settlement s where s.programmeId = :p"
                                + (status == null ? "" : " and s.status = :status"),
                        Settlement.class)
                .setParameter("p", programmeId);
        if (status != null) {
            query.setParameter("status", status);
        }
        List<Settlement> sorted = query.getResultList().stream()
                .sorted(Comparator.comparing((Settlement s) -> s.id().toString()))
                .filter(s -> after == null || s.id().toString().compareTo(after) > 0)
                .toList();
        List<Settlement> page = sorted.subList(0, Math.min(limit, sorted.size()));
        return new Page<>(
                page, sorted.size() > limit ? page.get(page.size() - 1).id().toString() : null);
    }

    public Settlement settlement(UUID id) {
        return settlement(id, LockModeType.NONE);
    }

    /** A provider's settlements in every programme, the latest prepared first. */
    public List<Settlement> ofProvider(UUID providerId) {
        return em.createQuery(
                        "select s from Settlement s where s.providerId = :provider order by s.createdAt desc, s.id",
                        Settlement.class)
                .setParameter("provider", providerId)
                .getResultList();
    }

    /** Locked for a change: two approvals or payments of one settlement queue up instead of racing. */
    private Settlement settlement(UUID id, LockModeType lock) {
        Settlement s = em.find(Settlement.class, id, lock);
        if (s == null) {
            throw new VoucherRefused(Reason.UNKNOWN_SETTLEMENT, "There is no settlement " + id + ".");
        }
        return s;
    }

    private Programme programme(UUID id) {
        Programme p = em.find(Programme.class, id);
        if (p == null) {
            throw new VoucherRefused(Reason.UNKNOWN_PROGRAMME, "There is no programme " + id + ".");
        }
        return p;
    }

    /** Captured, not yet settled holds of the programme in [from, to), of one provider or all. */
    private List<VoucherHold> unsettled(UUID programmeId, UUID providerId, Instant from, Instant to) {
        var query = em.createQuery(
                        "select h from VoucherHold h, Voucher v where h.voucherCode = v.code and v.programmeId = :p"
                                + (providerId == null ? "" : " and h.providerId = :prov")
                                + " and h.status = :captured and h.settlementId is null"
                                + " and h.capturedAt >= :from and h.capturedAt < :to order by h.capturedAt",
                        VoucherHold.class)
                .setParameter("p", programmeId)
                .setParameter("captured", Hold.HoldStatus.CAPTURED)
                .setParameter("from", from)
                .setParameter("to", to);
        if (providerId != null) {
            query.setParameter("prov", providerId);
        }
        return query.getResultList();
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
