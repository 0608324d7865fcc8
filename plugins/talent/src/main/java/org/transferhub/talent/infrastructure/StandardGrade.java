package org.transferhub.talent.infrastructure;

import org.transferhub.spi.event.DealEvents;
import org.transferhub.spi.talent.grade.Credit;
import org.transferhub.spi.talent.grade.GradeFormula;

/**
 * The standard grade: 20 points for a licence brokered, 10 for each stage gate a partnered project
 * passes, 2 for a voucher-paid service delivered, and for investment raised 1 point per 100,000
 * yuan (at least 1, at most 50 per deal); a reversed service takes its 2 points back. Stars at
 * 20, 50, 100 and 200 points.
 */
public class StandardGrade implements GradeFormula {

    static final long FEN_PER_FINANCE_POINT = 10_000_000L;

    @Override
    public String id() {
        return "standard";
    }

    @Override
    public int points(Credit credit) {
        return switch (credit.type()) {
            case DealEvents.LICENCE_TAKEN_UP -> 20;
            case DealEvents.PROJECT_ADVANCED -> 10;
            case DealEvents.SERVICE_DELIVERED -> 2;
            case DealEvents.SERVICE_REVERSED -> -2;
            case DealEvents.FINANCE_MATCHED -> (int)
                    Math.max(1, Math.min(50, parse(credit.data().get("amount")) / FEN_PER_FINANCE_POINT));
            default -> 0;
        };
    }

    @Override
    public int stars(int points) {
        return points >= 200 ? 5 : points >= 100 ? 4 : points >= 50 ? 3 : points >= 20 ? 2 : 1;
    }

    private static long parse(String amount) {
        try {
            return amount == null ? 0 : Long.parseLong(amount);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
