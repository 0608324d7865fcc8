package org.transferhub.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.transferhub.spi.voucher.VoucherService;

class SpiVersionTest {

    @Test
    void aProviderServesConsumersOfTheSameMajorAndAnOlderMinor() {
        assertTrue(SpiVersion.parse("1.3").satisfies(SpiVersion.parse("1.1")));
        assertTrue(SpiVersion.parse("1.3").satisfies(SpiVersion.parse("1.3")));
        assertFalse(SpiVersion.parse("1.3").satisfies(SpiVersion.parse("1.4")));
        assertFalse(SpiVersion.parse("2.0").satisfies(SpiVersion.parse("1.0")));
    }

    @Test
    void readsTheVersionAnSpiDeclares() {
        assertEquals(new SpiVersion(0, 1), SpiVersion.of(VoucherService.class));
        assertThrows(IllegalArgumentException.class, () -> SpiVersion.of(String.class));
    }

    @Test
    void rejectsWhatIsNotMajorDotMinor() {
        for (String bad : new String[] {"1", "1.2.3", "v1.0", "01.0", "", "-1.0"}) {
            var e = assertThrows(IllegalArgumentException.class, () -> SpiVersion.parse(bad));
            assertTrue(e.getMessage().contains("MAJOR.MINOR"), e.getMessage());
        }
    }
}
