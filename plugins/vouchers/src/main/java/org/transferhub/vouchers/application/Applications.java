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
        if (!a.eligible()) {
            throw new VoucherRefused(
                    Reason.NOT_ELIGIBLE,
                    "Application " + id + " fails a criterion of the programme; reject it with the reason.");
        }
        Voucher v = vouchers.issue(a.programmeId(), a.holder(), a.requested(), useBy, redeemBy);
        a.approve(v.code(), operator, reason, clock.instant());
        return a;
    }

    public VoucherApplication reject(UUID id, String operator, String reason) {
        VoucherApplication a = open(id);
        a.reject(operator, reason, clock.instant());
        return a;
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
