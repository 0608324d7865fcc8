package org.transferhub.testkit;

import static org.transferhub.testkit.RegionClient.assertProblem;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Access checks run against every endpoint of a WAR that declares roles: no token is a 401,
 * a token of another region is a 403 {@code wrong-region} whatever its roles, and a role the
 * endpoint does not allow is a 403 {@code forbidden}. The checks come before any body is read, so
 * the requests change nothing; path parameters are filled with placeholders.
 */
public final class EndpointAccessChecks {

    private EndpointAccessChecks() {}

    /**
     * @param allRoles every role of the region (to pick one an endpoint does not allow)
     * @param tokens signs the tokens, with the region's key
     * @param regionId the region the WAR runs in
     */
    public static Stream<DynamicTest> checks(
            RegionClient region, Path war, Set<String> allRoles, RegionTokens tokens, String regionId)
            throws IOException {
        String elsewhere = tokens.sign("visitor", List.copyOf(allRoles), regionId + "x", Duration.ofMinutes(10));
        return EndpointSecurity.endpoints(war).stream()
                .filter(e -> e.declared() && !e.permitAll() && !e.roles().isEmpty())
                .map(e -> DynamicTest.dynamicTest(e.httpMethod() + " " + e.path(), () -> {
                    String path = e.path().replaceAll("\\{[^}]+}", "X0000000");
                    String body = e.httpMethod().equals("GET") ? null : "{}";
                    assertProblem(region.send(e.httpMethod(), path, null, body), 401, "unauthenticated");
                    assertProblem(region.send(e.httpMethod(), path, elsewhere, body), 403, "wrong-region");
                    Set<String> others = new TreeSet<>(allRoles);
                    others.removeAll(e.roles());
                    if (!others.isEmpty()) {
                        String wrongRole = tokens.sign(
                                "visitor", List.of(others.iterator().next()), regionId, Duration.ofMinutes(10));
                        assertProblem(region.send(e.httpMethod(), path, wrongRole, body), 403, "forbidden");
                    }
                }));
    }
}
