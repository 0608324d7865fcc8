package org.transferhub.vouchers.domain.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A voucher programme. Its vouchers pay {@code subsidyBasisPoints / 10000} of a service's price
 * (5000: half), rounded down to the fen, so the holder is never charged a fraction of a fen.
 */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String sponsor;

    @Column(nullable = false)
    private long budget;

    @Column(nullable = false)
    private String currency;

    @Column(name = "subsidy_basis_points", nullable = false)
    private int subsidyBasisPoints;

    @Column(name = "cap_per_voucher", nullable = false)
    private long capPerVoucher;

    /** Null: a holder may receive any amount, within the budget. */
    @Column(name = "cap_per_holder_per_year")
    private Long capPerHolderPerYear;

    /** How the budget is allocated when demand exceeds it. */
    public enum Allocation {
        /** Operators approve applications one by one while the budget lasts. */
        FIRST_COME,
        /** Eligible applications are drawn in an order reproducible from a seed. */
        LOTTERY
    }

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Allocation allocation = Allocation.FIRST_COME;

    /** The eligibility rules it applies, one {@code rule-id=parameter} per line; null: anyone. */
    private String criteria;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Programme() {}

    public Programme(
            String name,
            String sponsor,
            long budget,
            String currency,
            int subsidyBasisPoints,
            long capPerVoucher,
            LocalDate startsOn,
            LocalDate endsOn) {
        if (budget <= 0 || capPerVoucher <= 0) {
            throw new IllegalArgumentException("Budget and cap per voucher are positive");
        }
        if (subsidyBasisPoints < 1 || subsidyBasisPoints > 10_000) {
            throw new IllegalArgumentException("The subsidy is 1 to 10000 basis points of the price");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("A programme ends on or after it starts");
        }
        this.id = UUID.randomUUID();
        this.name = name;
        this.sponsor = sponsor;
        this.budget = budget;
        this.currency = currency;
        this.subsidyBasisPoints = subsidyBasisPoints;
        this.capPerVoucher = capPerVoucher;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    /**
     * The voucher's share of a price: the subsidy, rounded down to the fen, never more than what is
     * available. Computed on the price's whole ten-thousands and its rest apart, so that no price a
     * long holds overflows (price × basis points would, from about 9.2 × 10^14 fen).
     */
    public long voucherShare(long price, long available) {
        long subsidy = price / 10_000 * subsidyBasisPoints + price % 10_000 * subsidyBasisPoints / 10_000;
        return Math.min(subsidy, available);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String sponsor() {
        return sponsor;
    }

    public int subsidyBasisPoints() {
        return subsidyBasisPoints;
    }

    public long budget() {
        return budget;
    }

    public String currency() {
        return currency;
    }

    /** Caps what one holder receives per calendar year; the programme otherwise caps only per voucher and by its budget. */
    public Programme capPerHolderPerYear(long cap) {
        if (cap <= 0) {
            throw new IllegalArgumentException("A cap per holder is positive");
        }
        this.capPerHolderPerYear = cap;
        return this;
    }

    public java.util.OptionalLong capPerHolderPerYear() {
        return capPerHolderPerYear == null
                ? java.util.OptionalLong.empty()
                : java.util.OptionalLong.of(capPerHolderPerYear);
    }

    /** Sets the eligibility criteria: rule id to the rule's parameter (neither holds a line break). */
    public Programme criteria(java.util.Map<String, String> byRule) {
        StringBuilder lines = new StringBuilder();
        byRule.forEach((rule, parameter) -> lines.append(rule)
                .append('=')
                .append(parameter.replace('\n', ' '))
                .append('\n'));
        this.criteria = byRule.isEmpty() ? null : lines.toString();
        return this;
    }

    /** The eligibility criteria, in the order they were given. */
    public java.util.Map<String, String> criteria() {
        java.util.Map<String, String> byRule = new java.util.LinkedHashMap<>();
        if (criteria != null) {
            for (String line : criteria.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    byRule.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        return byRule;
    }

    public Programme allocation(Allocation allocation) {
        this.allocation = allocation;
        return this;
    }

    public Allocation allocation() {
        return allocation;
    }

    public long capPerVoucher() {
        return capPerVoucher;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }
}
