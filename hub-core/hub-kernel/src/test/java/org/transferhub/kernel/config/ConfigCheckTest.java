package org.transferhub.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.transferhub.spi.plugin.ConfigProperty;
import org.transferhub.spi.plugin.ConfigType;

class ConfigCheckTest {

    private static final List<ConfigProperty> DECLARED = List.of(
            new ConfigProperty("currency", ConfigType.CURRENCY, "CNY", true, false, "Currency."),
            new ConfigProperty("hold.timeout", ConfigType.DURATION, null, true, false, "Hold timeout."),
            new ConfigProperty("api.key", ConfigType.INTEGER, null, false, true, "A secret number."),
            new ConfigProperty("hub", ConfigType.URL, null, false, false, "Hub."));

    private static List<String> check(Map<String, String> values) {
        return ConfigCheck.check(DECLARED, k -> "transferhub.vouchers." + k, k -> Optional.ofNullable(values.get(k)));
    }

    @Test
    void validValuesAndDefaultsPass() {
        assertEquals(
                List.of(),
                check(Map.of(
                        "transferhub.vouchers.hold.timeout",
                        "PT30M",
                        "transferhub.vouchers.hub",
                        "http://127.0.0.1:8080/hub")));
    }

    @Test
    void aMissingRequiredKeyIsNamedWithWhatIsExpected() {
        List<String> problems = check(Map.of());
        assertEquals(1, problems.size());
        assertTrue(
                problems.get(0).contains("'transferhub.vouchers.hold.timeout' is required and not set"),
                problems.get(0));
        assertTrue(problems.get(0).contains("ISO-8601 duration"), problems.get(0));
    }

    @Test
    void aValueOfTheWrongTypeIsNamedAndShown() {
        List<String> problems = check(Map.of(
                "transferhub.vouchers.hold.timeout",
                "thirty minutes",
                "transferhub.vouchers.currency",
                "yuan",
                "transferhub.vouchers.hub",
                "ftp://x"));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.stream()
                .anyMatch(p -> p.contains("'transferhub.vouchers.hold.timeout' must be an ISO-8601 duration")
                        && p.contains("'thirty minutes'")));
        assertTrue(problems.stream()
                .anyMatch(p -> p.contains("'transferhub.vouchers.currency' must be an ISO 4217 currency code")));
        assertTrue(problems.stream()
                .anyMatch(p -> p.contains("'transferhub.vouchers.hub' must be an absolute http or https URL")));
    }

    @Test
    void aSecretValueIsNeverRepeatedInTheMessage() {
        List<String> problems =
                check(Map.of("transferhub.vouchers.hold.timeout", "PT1M", "transferhub.vouchers.api.key", "hunter2"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("got a secret value"), problems.get(0));
        assertTrue(!problems.get(0).contains("hunter2"), problems.get(0));
    }
}
