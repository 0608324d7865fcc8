package org.transferhub.vouchers.application;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.transferhub.spi.voucher.eligibility.Applicant;
import org.transferhub.vouchers.application.VoucherRefused.Reason;
import org.transferhub.vouchers.domain.application.VoucherApplication;
import org.transferhub.vouchers.domain.programme.Programme;
import org.transferhub.vouchers.domain.voucher.Voucher;

/**
 * Holders apply; each application is reviewed against the programme's criteria, one rule at a
 * time, when it is submitted; an operator approves (which issues the voucher, first come first
 * served while the budget lasts) or rejects with a reason.
 */
public class Applications {

    private final EntityManager em;
    private final Clock clock;
    private final EligibilityRules rules;
    private final Vouchers vouchers;

    public Applications(EntityManager em, Clock clock, EligibilityRules rules, Vouchers vouchers) {
        this.em = em;
        this.clock = clock;
        this.rules = rules;
        this.vouchers = vouchers;
    }

    public VoucherApplication submit(UUID programmeId, String holder, long requested, Applicant applicant) {
        Programme p = vouchers.programme(programmeId);
        if (requested <= 0 || requested > p.capPerVoucher()) {
            throw new VoucherRefused(
                    Reason.OVER_CAP, "Ask for 1 to " + p.capPerVoucher() + " minor units; " + requested + " asked.");
        }
        List<EligibilityRules.Review> reviews = rules.review(p.criteria(), applicant);
        String review = reviews.stream()
                .map(r -> r.rule() + "|" + r.parameter() + "|" + r.eligible() + "|" + r.explanation())
                .collect(Collectors.joining("\n"));
        boolean eligible = reviews.stream().allMatch(EligibilityRules.Review::eligible);
        VoucherApplication a =
                new VoucherApplication(programmeId, holder, requested, applicant, review, eligible, clock.instant());
        em.persist(a);
        return a;
    }

    /** Approves an eligible application by issuing its voucher; refused when a criterion fails or the budget is gone. */
    public VoucherApplication approve(UUID id, LocalDate useBy, LocalDate redeemBy, String operator, String reason) {
        VoucherApplication a = open(id);
        if (vouchers.programme(a.programmeId()).allocation() != Programme.Allocation.FIRST_COME) {
            throw new VoucherRefused(
                    Reason.WRONG_ALLOCATION,
                    "This programme allocates by lottery: draw it instead of approving one by one.");
        }
        return grant(a, useBy, redeemBy, operator, reason);
    }

    private VoucherApplication grant(
            VoucherApplication a, LocalDate useBy, LocalDate redeemBy, String operator, String reason) {
        UUID id = a.id();
        if (!a.eligible()) {
            throw new VoucherRefused(
                    Reason.NOT_ELIGIBLE,
                    "Application " + id + " fails a criterion of the programme; reject it with the reason.");
        }
        Voucher v = vouchers.issue(a.programmeId(), a.holder(), a.requested(), useBy, redeemBy);
        a.approve(v.code(), operator, reason, clock.instant());
        return a;
    }

    /** One application's outcome in a draw. */
    public record Drawn(UUID application, VoucherApplication.Status status, String voucherCode) {}

    /**
     * Draws a lottery programme's eligible, submitted applications in an order fixed by the seed
     * (sorted by the text of their ids, then shuffled with {@code new Random(seed)}; see {@link
     * #drawOrder}), approving each while the budget
     * and caps allow and rejecting the rest; ineligible ones are rejected with their review. The
     * same applications and seed always give the same draw.
     */
    public List<Drawn> draw(UUID programmeId, long seed, LocalDate useBy, LocalDate redeemBy, String operator) {
        if (vouchers.programme(programmeId).allocation() != Programme.Allocation.LOTTERY) {
            throw new VoucherRefused(
                    Reason.WRONG_ALLOCATION,
                    "This programme allocates first come, first served: approve applications one by one.");
        }
        List<VoucherApplication> pending = em.createQuery(
                        "select a from VoucherApplication a where a.programmeId = :p and a.status = :submitted",
                        VoucherApplication.class)
                .setParameter("p", programmeId)
                .setParameter("submitted", VoucherApplication.Status.SUBMITTED)
                .getResultList();
        java.util.Map<UUID, VoucherApplication> byId = new java.util.HashMap<>();
        pending.forEach(a -> byId.put(a.id(), a));
        List<Drawn> drawn = new java.util.ArrayList<>();
        for (UUID next : drawOrder(byId.keySet(), seed)) {
            VoucherApplication a = byId.get(next);
            if (!a.eligible()) {
                a.reject(operator, reason("Not eligible: " + a.review().replace('\n', ';')), clock.instant());
            } else {
                try {
                    grant(a, useBy, redeemBy, operator, "Drawn in the lottery (seed " + seed + ")");
                } catch (VoucherRefused refused) {
                    a.reject(
                            operator,
                            reason("Not drawn in the lottery (seed " + seed + "): " + refused.getMessage()),
                            clock.instant());
                }
            }
            drawn.add(new Drawn(a.id(), a.status(), a.voucherCode()));
        }
        return drawn;
    }

    /** A decision's reason fits its column (1000 characters). */
    private static String reason(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }

    /** The order a seed draws applications in, the same on any database: ids sorted as text, then shuffled. */
    public static List<UUID> drawOrder(java.util.Collection<UUID> applications, long seed) {
        List<UUID> order = new java.util.ArrayList<>(applications);
        order.sort(java.util.Comparator.comparing(UUID::toString));
        java.util.Collections.shuffle(order, new java.util.Random(seed));
        return order;
    }

    public VoucherApplication reject(UUID id, String operator, String reason) {
        VoucherApplication a = open(id);
        a.reject(operator, reason, clock.instant());
        return a;
    }

    /** A programme's applications, optionally of one status, ordered by id (as text); a page after the cursor. */
    public org.transferhub.spi.Page<VoucherApplication> list(
            UUID programmeId, VoucherApplication.Status status, int limit, String after) {
        vouchers.programme(programmeId);
        var query = em.createQuery(
                        "select a from VoucherApplication a where a.programmeId = :p"
                                + (status == null ? "" : " and a.status = :status"),
                        VoucherApplication.class)
                .setParameter("p", programmeId);
        if (status != null) {
            query.setParameter("status", status);
        }
        List<VoucherApplication> all = query.getResultList();
        List<VoucherApplication> sorted = all.stream()
                .sorted(java.util.Comparator.comparing(a -> a.id().toString()))
                .filter(a -> after == null || a.id().toString().compareTo(after) > 0)
                .toList();
        List<VoucherApplication> page = sorted.subList(0, Math.min(limit, sorted.size()));
        return new org.transferhub.spi.Page<>(
                page, sorted.size() > limit ? page.get(page.size() - 1).id().toString() : null);
    }

    /** A holder's own applications, the newest first. */
    public List<VoucherApplication> of(String holder) {
        return em.createQuery(
                        "select a from VoucherApplication a where a.holder = :holder order by a.createdAt desc, a.id",
                        VoucherApplication.class)
                .setParameter("holder", holder)
                .getResultList();
    }

    public VoucherApplication application(UUID id) {
        VoucherApplication a = em.find(VoucherApplication.class, id);
        if (a == null) {
            throw new VoucherRefused(Reason.UNKNOWN_APPLICATION, "There is no application " + id + ".");
        }
        return a;
    }

    private VoucherApplication open(UUID id) {
        VoucherApplication a = application(id);
        if (a.status() != VoucherApplication.Status.SUBMITTED) {
            throw new VoucherRefused(
                    Reason.ALREADY_DONE, "Application " + id + " was " + a.status() + " already; a decision is final.");
        }
        return a;
    }
}
