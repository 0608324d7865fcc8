package org.transferhub.kernel.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transferhub.kernel.config.InvalidConfigurationException;
import org.transferhub.spi.plugin.PluginDescriptor;

class PluginDescriptorsTest {

    private static ClassLoader only(String folder) {
        URL root = PluginDescriptorsTest.class.getResource("/descriptors/" + folder + "/");
        // A loader that sees one descriptor folder, with the test class path (hub-spi) behind it.
        return new URLClassLoader(new URL[] {root}, PluginDescriptorsTest.class.getClassLoader()) {
            @Override
            public java.util.Enumeration<URL> getResources(String name) throws java.io.IOException {
                return findResources(name);
            }
        };
    }

    @Test
    void aCompleteDescriptorLoadsAndHasNoProblems() {
        PluginDescriptor d = PluginDescriptors.load(only("valid"));
        assertEquals("vouchers", d.id());
        assertEquals("transferhub.vouchers.hold.timeout", d.configKey("hold.timeout"));
        assertEquals("科技创新券", d.displayName("zh-CN"));
        assertEquals(List.of(), PluginDescriptors.problems(d, only("valid")));
    }

    @Test
    void everyProblemOfABrokenDescriptorIsNamed() {
        PluginDescriptor d = PluginDescriptors.load(only("broken"));
        List<String> problems = PluginDescriptors.problems(d, only("broken"));
        assertTrue(problems.stream().anyMatch(p -> p.contains("descriptor field 'id'")), problems.toString());
        assertTrue(
                problems.stream()
                        .anyMatch(p -> p.contains(
                                "provides 'VoucherService' version 9.0 but the SPI on the class path is 0.1")),
                problems.toString());
        assertTrue(
                problems.stream()
                        .anyMatch(p -> p.contains(
                                "requires 'org.example.Missing' but that interface is not on the class path")),
                problems.toString());
        assertTrue(
                problems.stream().anyMatch(p -> p.contains("configuration key 'rate' is declared twice")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("config[2].key")), problems.toString());
    }

    @Test
    void aWarWithoutDescriptorDoesNotStart() {
        var e = assertThrows(InvalidConfigurationException.class, () -> PluginDescriptors.load(only("none")));
        assertTrue(e.getMessage().contains("No plugin descriptor"), e.getMessage());
    }
}
