package org.transferhub.regions.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.transferhub.testkit.EndpointSecurity;

/** Every endpoint of every WAR of the region declares who may call it. */
class EndpointRolesIT {

    @TestFactory
    Stream<DynamicTest> everyEndpointOfEveryWarDeclaresItsRoles() throws Exception {
        try (Stream<Path> wars = Files.list(Path.of("target", "wars"))) {
            List<Path> all =
                    wars.filter(w -> w.toString().endsWith(".war")).sorted().toList();
            assertTrue(all.size() >= 7, "the region's WARs: " + all);
            return all.stream()
                    .map(war -> DynamicTest.dynamicTest(
                            war.getFileName().toString(),
                            () -> assertEquals(
                                    List.of(), EndpointSecurity.undeclared(war), "endpoints open to anyone")));
        }
    }

    @Test
    void theCheckFindsAnEndpointWithoutRoles() throws Exception {
        Path war = Path.of("target", "open-endpoint.war");
        org.jboss.shrinkwrap.api.ShrinkWrap.create(org.jboss.shrinkwrap.api.spec.WebArchive.class, "open-endpoint.war")
                .addClass(OpenResource.class)
                .as(org.jboss.shrinkwrap.api.exporter.ZipExporter.class)
                .exportTo(war.toFile(), true);
        assertEquals(List.of(OpenResource.class.getName() + "#open"), EndpointSecurity.undeclared(war));
    }

    /** A resource with one open endpoint, for the check to find. */
    @jakarta.ws.rs.Path("open")
    public static class OpenResource {

        @jakarta.ws.rs.GET
        public String open() {
            return "anyone";
        }

        @jakarta.ws.rs.GET
        @jakarta.ws.rs.Path("closed")
        @jakarta.annotation.security.RolesAllowed("operator")
        public String closed() {
            return "operators";
        }
    }
}
