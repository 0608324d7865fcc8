package org.transferhub.vouchers.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.transferhub.spi.money.Money;
import org.transferhub.spi.voucher.Hold;
import org.transferhub.spi.voucher.Quote;
import org.transferhub.spi.voucher.RedemptionRequest;
import org.transferhub.spi.voucher.VoucherBalance;
import org.transferhub.vouchers.application.VoucherRefused.Reason;
import org.transferhub.vouchers.domain.ledger.Accounts;
import org.transferhub.vouchers.domain.ledger.JournalKind;
import org.transferhub.vouchers.domain.ledger.Ledger;
import org.transferhub.vouchers.domain.ledger.Ledger.Leg;
import org.transferhub.vouchers.domain.programme.Programme;
import org.transferhub.vouchers.domain.voucher.Voucher;
import org.transferhub.vouchers.domain.voucher.VoucherHold;

/**
 * The money path of the vouchers service, each operation in the caller's transaction with its
 * journal: a programme's budget funded, vouchers issued from it, redeemed in two phases. A hold
 * locks the voucher's row, so parallel holds on one voucher queue and none overdraws it.
 */
public class Vouchers {

    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final Ledger ledger;
    private final Clock clock;
    private final Duration holdTimeout;
    private final Providers providers;

    public Vouchers(EntityManager em, String region, Clock clock, Duration holdTimeout) {
        this.em = em;
        this.ledger = new Ledger(em, region);
        this.clock = clock;
        this.holdTimeout = holdTimeout;
        this.providers = new Providers(em, clock);
    }

    /** Creates a programme and funds it with its budget. */
    public Programme fund(Programme programme) {
        em.persist(programme);
        ledger.post(
                JournalKind.FUND,
                programme.id().toString(),
                programme.currency(),
                clock.instant(),
                new Leg(Accounts.sponsor(programme.id()), -programme.budget()),
                new Leg(Accounts.unissued(programme.id()), programme.budget()));
        return programme;
    }

    /** Issues a voucher of {@code amount} from the programme's unissued budget. */
    public Voucher issue(UUID programmeId, String holder, long amount, LocalDate useBy, LocalDate redeemBy) {
        programme(programmeId); // refused when unknown, before taking a lock
        Programme p = em.find(Programme.class, programmeId, LockModeType.PESSIMISTIC_WRITE);
        if (amount <= 0 || amount > p.capPerVoucher()) {
            throw new VoucherRefused(
                    Reason.OVER_CAP,
                    "A voucher of this programme holds 1 to " + p.capPerVoucher() + " minor units; " + amount
                            + " asked.");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (useBy.isBefore(today)
                || useBy.isAfter(p.endsOn())
                || redeemBy.isBefore(useBy)
                || redeemBy.isAfter(p.endsOn())) {
            throw new VoucherRefused(
                    Reason.OUTSIDE_PROGRAMME,
                    "A voucher is used by its use deadline and redeemed by its redemption deadline, both within the programme (ends "
                            + p.endsOn() + ").");
        }
        var holderCap = p.capPerHolderPerYear();
        if (holderCap.isPresent()) {
            long received = issuedThisYear(programmeId, holder, today);
            if (received + amount > holderCap.getAsLong()) {
                throw new VoucherRefused(
                        Reason.OVER_HOLDER_CAP,
                        holder + " has received " + received + " from this programme in " + today.getYear()
                                + "; a holder may receive at most " + holderCap.getAsLong() + " a year.");
            }
        }
        long unissued = unissued(programmeId);
        if (amount > unissued) {
            throw new VoucherRefused(
                    Reason.BUDGET_EXHAUSTED, "The programme has " + unissued + " left to issue; " + amount + " asked.");
        }
        Voucher v = new Voucher(newCode(), programmeId, holder, amount, p.currency(), useBy, redeemBy);
        em.persist(v);
        ledger.post(
                JournalKind.ISSUE,
                v.code(),
                p.currency(),
                clock.instant(),
                new Leg(Accounts.unissued(programmeId), -amount),
                new Leg(Accounts.available(programmeId, v.code()), amount));
        return v;
    }

    /** What a holder was issued from a programme in the calendar year of {@code day}, by the ledger's ISSUE journals. */
    private long issuedThisYear(UUID programmeId, String holder, LocalDate day) {
        Instant from = day.withDayOfYear(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to =
                day.withDayOfYear(1).plusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Long sum = em.createQuery(
                        "select sum(v.amount) from Voucher v, Journal j where j.reference = v.code and j.kind = :issue"
                                + " and v.programmeId = :programme and v.holder = :holder and j.createdAt >= :from and j.createdAt < :to",
                        Long.class)
                .setParameter("issue", JournalKind.ISSUE)
                .setParameter("programme", programmeId)
                .setParameter("holder", holder)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        return sum == null ? 0 : sum;
    }

    /** A voucher's balances and deadlines. */
    public VoucherBalance balance(String code) {
        Voucher v = voucher(code, LockModeType.NONE);
        return new VoucherBalance(
                v.code(),
                Money.of(v.available(), v.currency()),
                Money.of(v.held(), v.currency()),
                v.useBy(),
                v.redeemBy());
    }

    /** The voucher with this code; refused when there is none. */
    public Voucher voucher(String code, LockModeType lock) {
        Voucher v = em.find(Voucher.class, code, lock);
        if (v == null) {
            throw new VoucherRefused(Reason.UNKNOWN_VOUCHER, "There is no voucher " + code + ".");
        }
        return v;
    }

    /** The programme with this id; refused when there is none. */
    public Programme programme(UUID id) {
        Programme p = em.find(Programme.class, id);
        if (p == null) {
            throw new VoucherRefused(Reason.UNKNOWN_PROGRAMME, "There is no programme " + id + ".");
        }
        return p;
    }

    /** Every programme, the latest to start first. */
    public List<Programme> programmes() {
        return em.createQuery("select p from Programme p order by p.startsOn desc, p.name, p.id", Programme.class)
                .getResultList();
    }

    /** The programmes open on {@code day}: started and not ended. */
    public List<Programme> openProgrammes(LocalDate day) {
        return em.createQuery(
                        "select p from Programme p where p.startsOn <= :day and p.endsOn >= :day"
                                + " order by p.startsOn desc, p.name, p.id",
                        Programme.class)
                .setParameter("day", day)
                .getResultList();
    }

    /** A holder's vouchers, the one used up last first (by redemption deadline), then by code. */
    public List<Voucher> vouchersOf(String holder) {
        return em.createQuery(
                        "select v from Voucher v where v.holder = :holder order by v.redeemBy desc, v.code",
                        Voucher.class)
                .setParameter("holder", holder)
                .getResultList();
    }

    /** A voucher's holds (open, captured, voided, timed out, reversed), the newest first. */
    public List<VoucherHold> holdsOn(String code) {
        return em.createQuery(
                        "select h from VoucherHold h where h.voucherCode = :code order by h.createdAt desc, h.id",
                        VoucherHold.class)
                .setParameter("code", code)
                .getResultList();
    }

    /** A provider's holds, optionally of one status, the newest first. */
    public List<VoucherHold> holdsBy(UUID providerId, Hold.HoldStatus status) {
        var query = em.createQuery(
                        "select h from VoucherHold h where h.providerId = :provider"
                                + (status == null ? "" : " and h.status = :status")
                                + " order by h.createdAt desc, h.id",
                        VoucherHold.class)
                .setParameter("provider", providerId);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    /** What a programme has left to issue. */
    public long unissued(UUID programme) {
        return ledger.balance(Accounts.unissued(programme));
    }

    /** The split of a price between the voucher and the holder, holding nothing. */
    public Quote quote(RedemptionRequest r) {
        Voucher v = usable(r, LockModeType.NONE);
        long share = programme(v).voucherShare(r.price().amount(), v.available());
        return new Quote(
                v.code(),
                r.price(),
                Money.of(share, v.currency()),
                Money.of(r.price().amount() - share, v.currency()));
    }

    /** Holds the voucher's share of an order until captured, voided or timed out. */
    public Hold hold(RedemptionRequest r) {
        return hold(r, null);
    }

    /**
     * Holds for a provider admitted to the voucher's programme.
     *
     * @param actingUser the signed-in user placing the hold, who must act for the provider; null for a plugin's own call
     */
    public Hold hold(RedemptionRequest r, String actingUser) {
        providers.actingFor(r.providerId(), actingUser);
        Voucher v = usable(r, LockModeType.PESSIMISTIC_WRITE);
        providers.requireAdmitted(r.providerId(), v.programmeId());
        long share = programme(v).voucherShare(r.price().amount(), v.available());
        if (share <= 0) {
            throw new VoucherRefused(
                    Reason.NOTHING_TO_PAY, "Voucher " + v.code() + " has nothing left to pay for this order.");
        }
        Instant now = clock.instant();
        VoucherHold h = new VoucherHold(
                v.code(), r.providerId(), r.orderReference(), r.price().amount(), share, now, now.plus(holdTimeout));
        em.persist(h);
        v.reserve(share);
        ledger.post(
                JournalKind.HOLD,
                h.id().toString(),
                v.currency(),
                now,
                new Leg(Accounts.available(v.programmeId(), v.code()), -share),
                new Leg(Accounts.held(v.programmeId(), v.code()), share));
        return h.view(v.currency());
    }

    /** Turns an open hold into an amount owed to its provider. */
    public Hold capture(UUID holdId) {
        return capture(holdId, null);
    }

    /** Captures a hold; {@code actingUser} must act for the hold's provider (null: a plugin's own call). */
    public Hold capture(UUID holdId, String actingUser) {
        return close(holdId, Hold.HoldStatus.CAPTURED, actingUser);
    }

    /** Releases an open hold back to the voucher. */
    public Hold voidHold(UUID holdId) {
        return voidHold(holdId, null);
    }

    /** Voids a hold; {@code actingUser} must act for the hold's provider (null: a plugin's own call). */
    public Hold voidHold(UUID holdId, String actingUser) {
        return close(holdId, Hold.HoldStatus.VOIDED, actingUser);
    }

    private Hold close(UUID holdId, Hold.HoldStatus outcome, String actingUser) {
        VoucherHold h = em.find(VoucherHold.class, holdId);
        if (h == null) {
            throw new VoucherRefused(Reason.UNKNOWN_HOLD, "There is no hold " + holdId + ".");
        }
        providers.actingFor(h.providerId(), actingUser);
        // Lock the voucher first, as a hold does: the hold's state and the balances change together.
        Voucher v = em.find(Voucher.class, h.voucherCode(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(h);
        Instant now = clock.instant();
        if (!h.openAt(now)) {
            throw new VoucherRefused(
                    Reason.HOLD_NOT_OPEN,
                    "Hold " + holdId + " is " + h.status()
                            + (h.status() == Hold.HoldStatus.HELD
                                    ? " but timed out; place a new hold."
                                    : "; it cannot change any more."));
        }
        if (outcome == Hold.HoldStatus.CAPTURED
                && LocalDate.ofInstant(now, ZoneOffset.UTC).isAfter(v.redeemBy())) {
            throw new VoucherRefused(
                    Reason.VOUCHER_EXPIRED,
                    "Voucher " + v.code() + " could be redeemed until " + v.redeemBy() + "; void the hold.");
        }
        h.settle(outcome, now);
        long share = h.voucherShare();
        String held = Accounts.held(v.programmeId(), v.code());
        if (outcome == Hold.HoldStatus.CAPTURED) {
            v.release(share);
            ledger.post(
                    JournalKind.CAPTURE,
                    h.id().toString(),
                    v.currency(),
                    now,
                    new Leg(held, -share),
                    new Leg(Accounts.payable(v.programmeId(), h.providerId()), share));
        } else {
            v.restore(share);
            ledger.post(
                    JournalKind.VOID,
                    h.id().toString(),
                    v.currency(),
                    now,
                    new Leg(held, -share),
                    new Leg(Accounts.available(v.programmeId(), v.code()), share));
        }
        return h.view(v.currency());
    }

    /**
     * Corrects a captured redemption not yet settled (the service was not delivered, the price was
     * wrong): a CORRECTION journal moves the share from the provider's payable account back to the
     * voucher, or to the programme's unissued budget once the voucher's use deadline has passed.
     * The capture's journal stays as it was.
     */
    public Hold reverse(UUID holdId, String reason, String operator) {
        VoucherHold h = em.find(VoucherHold.class, holdId);
        if (h == null) {
            throw new VoucherRefused(Reason.UNKNOWN_HOLD, "There is no hold " + holdId + ".");
        }
        Voucher v = em.find(Voucher.class, h.voucherCode(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(h);
        if (!h.reversible()) {
            throw new VoucherRefused(
                    Reason.NOT_REVERSIBLE,
                    "Hold " + holdId + " is " + h.status()
                            + (h.status() == Hold.HoldStatus.CAPTURED
                                    ? " and settled; correct it with the provider in a later settlement."
                                    : "; only a captured redemption is reversed."));
        }
        Instant now = clock.instant();
        long share = h.voucherShare();
        boolean usable = v.usableOn(LocalDate.ofInstant(now, ZoneOffset.UTC));
        h.reverse(reason, operator, now);
        if (usable) {
            v.refund(share);
        }
        ledger.post(
                JournalKind.CORRECTION,
                h.id().toString(),
                v.currency(),
                now,
                new Leg(Accounts.payable(v.programmeId(), h.providerId()), -share),
                new Leg(
                        usable ? Accounts.available(v.programmeId(), v.code()) : Accounts.unissued(v.programmeId()),
                        share));
        return h.view(v.currency());
    }

    /**
     * Releases every hold that timed out before {@code now} back to its voucher.
     *
     * @return how many were released
     */
    public int releaseTimedOutHolds() {
        Instant now = clock.instant();
        List<UUID> due = em.createQuery(
                        "select h.id from VoucherHold h where h.status = :held and h.expiresAt < :now", UUID.class)
                .setParameter("held", Hold.HoldStatus.HELD)
                .setParameter("now", now)
                .getResultList();
        int released = 0;
        for (UUID id : due) {
            VoucherHold h = em.find(VoucherHold.class, id);
            Voucher v = em.find(Voucher.class, h.voucherCode(), LockModeType.PESSIMISTIC_WRITE);
            em.refresh(h);
            if (h.status() != Hold.HoldStatus.HELD || !h.expiresAt().isBefore(now)) {
                continue; // captured or voided meanwhile
            }
            h.settle(Hold.HoldStatus.EXPIRED, now);
            v.restore(h.voucherShare());
            ledger.post(
                    JournalKind.RELEASE,
                    h.id().toString(),
                    v.currency(),
                    now,
                    new Leg(Accounts.held(v.programmeId(), v.code()), -h.voucherShare()),
                    new Leg(Accounts.available(v.programmeId(), v.code()), h.voucherShare()));
            released++;
        }
        return released;
    }

    /**
     * Returns the unused balance of every voucher whose use deadline has passed to its programme.
     * Amounts still held stay held: their holds are captured, voided or released as usual.
     *
     * @return how many vouchers expired
     */
    public int expireVouchers() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<String> due = em.createQuery(
                        "select v.code from Voucher v where v.useBy < :today and v.available > 0", String.class)
                .setParameter("today", today)
                .getResultList();
        int expired = 0;
        for (String code : due) {
            Voucher v = em.find(Voucher.class, code, LockModeType.PESSIMISTIC_WRITE);
            long unused = v.expire();
            if (unused > 0) { // a hold may have taken the rest meanwhile
                expired++;
                ledger.post(
                        JournalKind.EXPIRE,
                        v.code(),
                        v.currency(),
                        clock.instant(),
                        new Leg(Accounts.available(v.programmeId(), v.code()), -unused),
                        new Leg(Accounts.unissued(v.programmeId()), unused));
            }
        }
        return expired;
    }

    private Voucher usable(RedemptionRequest r, LockModeType lock) {
        if (r.price().amount() <= 0) {
            throw new VoucherRefused(
                    Reason.INVALID_AMOUNT,
                    "A price is a positive amount of minor units (fen); "
                            + r.price().amount() + " is not.");
        }
        Voucher v = voucher(r.voucherCode(), lock);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate starts = programme(v).startsOn();
        if (today.isBefore(starts)) {
            throw new VoucherRefused(
                    Reason.OUTSIDE_PROGRAMME, "Voucher " + v.code() + " can be used from " + starts + ".");
        }
        if (!v.usableOn(today)) {
            throw new VoucherRefused(
                    Reason.VOUCHER_EXPIRED, "Voucher " + v.code() + " could be used until " + v.useBy() + ".");
        }
        if (!v.currency().equals(r.price().currency())) {
            throw new VoucherRefused(
                    Reason.CURRENCY_MISMATCH,
                    "Voucher " + v.code() + " pays in " + v.currency() + ", not "
                            + r.price().currency() + ".");
        }
        return v;
    }

    private Programme programme(Voucher v) {
        return programme(v.programmeId());
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder("TH-");
        for (int i = 0; i < 12; i++) {
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }
}
