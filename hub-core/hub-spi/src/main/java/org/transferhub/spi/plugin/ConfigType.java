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
