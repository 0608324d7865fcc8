package org.transferhub.spi.money;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money in integer minor units ({@code fen} for CNY) with its ISO 4217 currency.
 * JSON: {@code {"amount": 12345, "currency": "CNY"}} is 123.45 yuan.
 */
public record Money(
        @NotNull Long amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CNY") String currency) {

    public static Money of(long amount, String currency) {
        return new Money(amount, currency);
    }

    /**
     * Money from JSON. JSON-B alone would read {@code 1.5} as 1 and wrap {@code
     * 9223372036854775808} round to a negative amount: an amount is a whole number of minor units
     * that fits a long, else the body is malformed (400), never silently another amount.
     */
    @JsonbCreator
    public static Money fromJson(
            @JsonbProperty("amount") BigDecimal amount, @JsonbProperty("currency") String currency) {
        return new Money(amount == null ? null : amount.longValueExact(), currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(amount, other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(amount, other.amount), currency);
    }

    /** Not a JSON property: money is {@code {"amount", "currency"}} and nothing else. */
    @JsonbTransient
    public boolean isNegative() {
        return amount < 0;
    }

    private void requireSameCurrency(Money other) {
        if (!Objects.equals(currency, other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
    }
}
