package org.transferhub.spi.plugin;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/** The types a configuration property can have, each with the check the kernel applies at start-up. */
public enum ConfigType {
    STRING("any text") {
        @Override
        public Object parse(String value) {
            return value;
        }
    },
    INTEGER("a whole number, e.g. 42") {
        @Override
        public Object parse(String value) {
            return Long.parseLong(value.trim());
        }
    },
    BOOLEAN("true or false") {
        @Override
        public Object parse(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (!v.equals("true") && !v.equals("false")) {
                throw new IllegalArgumentException();
            }
            return Boolean.valueOf(v);
        }
    },
    URL("an absolute http or https URL, e.g. http://127.0.0.1:8080/hub") {
        @Override
        public Object parse(String value) {
            URI uri = URI.create(value.trim());
            if (!uri.isAbsolute()
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new IllegalArgumentException();
            }
            return uri;
        }
    },
    DURATION("an ISO-8601 duration, e.g. PT30S or P30D") {
        @Override
        public Object parse(String value) {
            return Duration.parse(value.trim());
        }
    },
    /**
     * A calendar period of months or of days (P1M, P3M, P7D), or a duration in whole seconds
     * (PT10S): a {@link java.time.Period} or a {@link Duration}, positive.
     */
    PERIOD("an ISO-8601 period of months or of days, or a duration in whole seconds, e.g. P1M, P7D or PT10S") {
        @Override
        public Object parse(String value) {
            String v = value.trim().toUpperCase(Locale.ROOT);
            if (v.contains("T")) {
                Duration d = Duration.parse(v);
                if (d.isNegative() || d.isZero() || d.getNano() != 0) {
                    throw new IllegalArgumentException();
                }
                return d;
            }
            java.time.Period p = java.time.Period.parse(v);
            if (p.isNegative() || p.isZero() || p.getDays() != 0 && p.toTotalMonths() != 0) {
                throw new IllegalArgumentException();
            }
            return p;
        }
    },
    CURRENCY("an ISO 4217 currency code, e.g. CNY") {
        @Override
        public Object parse(String value) {
            return java.util.Currency.getInstance(value.trim());
        }
    };

    private final String expected;

    ConfigType(String expected) {
        this.expected = expected;
    }

    /** Words for an operator: what a valid value looks like. */
    public String expected() {
        return expected;
    }

    /**
     * Parses a value of this type.
     *
     * @throws IllegalArgumentException (or a subclass) when the value is not of this type
     */
    public abstract Object parse(String value);
}
