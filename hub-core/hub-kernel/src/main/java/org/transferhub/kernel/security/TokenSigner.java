package org.transferhub.kernel.security;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.UUID;

/**
 * Signs MicroProfile JWT tokens (RS256) with the region key. The JDK's {@link Signature} is all
 * it takes; no JOSE library is bundled into every plugin for it.
 */
public final class TokenSigner {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey key;
    private final String issuer;

    public TokenSigner(PrivateKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    /**
     * @param subject who the token speaks for ({@code sub} and {@code upn})
     * @param groups the roles
     * @param region the region the roles hold in
     * @param lifetime how long it is valid from now
     */
    public SignedToken sign(String subject, Collection<String> groups, String region, Duration lifetime) {
        Instant now = Instant.now();
        Instant expires = now.plus(lifetime);
        JsonArrayBuilder g = Json.createArrayBuilder();
        groups.forEach(g::add);
        JsonObjectBuilder claims = Json.createObjectBuilder()
                .add("iss", issuer)
                .add("sub", subject)
                .add("upn", subject)
                .add("groups", g)
                .add("region", region)
                .add("iat", now.getEpochSecond())
                .add("exp", expires.getEpochSecond())
                .add("jti", UUID.randomUUID().toString());
        String header = B64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = B64.encodeToString(claims.build().toString().getBytes(StandardCharsets.UTF_8));
        String signingInput = header + "." + payload;
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return new SignedToken(signingInput + "." + B64.encodeToString(s.sign()), expires);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a token with the region key", e);
        }
    }

    /** A compact JWS and when it expires. */
    public record SignedToken(String token, Instant expiresAt) {}
}
