package org.transferhub.kernel.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.transferhub.kernel.config.RegionSettings;
import org.transferhub.kernel.plugin.PluginContext;

/**
 * Tokens a plugin uses when it calls another service on its own behalf (registration, heartbeats,
 * background jobs): subject {@code plugin:<id>}, role {@link Roles#SERVICE}, five minutes.
 */
@ApplicationScoped
public class ServiceTokens {

    private static final Duration LIFETIME = Duration.ofMinutes(5);

    @Inject
    RegionSettings region;

    @Inject
    PluginContext plugin;

    private TokenSigner signer;
    private volatile TokenSigner.SignedToken current;

    @PostConstruct
    void init() {
        signer = new TokenSigner(RegionKeys.at(region.keyDirectory()).privateKey(), region.issuer());
    }

    /** A valid service token, renewed a minute before it expires. */
    public String token() {
        TokenSigner.SignedToken t = current;
        if (t == null || Instant.now().isAfter(t.expiresAt().minusSeconds(60))) {
            t = signer.sign("plugin:" + plugin.descriptor().id(), List.of(Roles.SERVICE), region.id(), LIFETIME);
            current = t;
        }
        return t.token();
    }
}
