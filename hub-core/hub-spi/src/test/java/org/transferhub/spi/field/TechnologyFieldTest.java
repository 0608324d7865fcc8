package org.transferhub.spi.field;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TechnologyFieldTest {

    @Test
    void theValidationPatternNamesEveryFieldAndNothingElse() {
        assertEquals(
                Arrays.stream(TechnologyField.values()).map(Enum::name).toList(),
                List.of(TechnologyField.PATTERN.split("\\|")));
    }

    @Test
    void everyFieldHasItsNameInChineseAndEnglish() {
        assertEquals("新材料", TechnologyField.NEW_MATERIALS.label(Locale.SIMPLIFIED_CHINESE));
        assertEquals("New materials", TechnologyField.NEW_MATERIALS.label(Locale.ENGLISH));
    }
}
