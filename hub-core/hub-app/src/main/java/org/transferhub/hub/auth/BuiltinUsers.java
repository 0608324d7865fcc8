package org.transferhub.hub.auth;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.transferhub.kernel.plugin.PluginContext;

/**
 * The demo region's identity store: users from configuration,
 * {@code transferhub.hub.users.<name>.password} and {@code transferhub.hub.users.<name>.roles}
 * (comma separated). For demonstration and tests only; production regions sign people in through
 * their OpenID Connect provider.
 */
@ApplicationScoped
public class BuiltinUsers {

    static final String PREFIX = "transferhub.hub.users.";

    @Inject
    Config config;

    @Inject
    PluginContext hub;

    private final Map<String, User> users = new HashMap<>();

    /** A signed-in person: name and roles. */
    public record User(String name, List<String> roles, byte[] password) {}

    @PostConstruct
    void read() {
        if (!"builtin".equals(hub.value("identity", String.class))) {
            return; // another identity provider signs people in: no configured user can
        }
        for (String key : config.getPropertyNames()) {
            if (key.startsWith(PREFIX) && key.endsWith(".password")) {
                String name = key.substring(PREFIX.length(), key.length() - ".password".length());
                String password = config.getValue(key, String.class);
                List<String> roles = config.getOptionalValue(PREFIX + name + ".roles", String.class)
                        .map(v -> Arrays.stream(v.split(","))
                                .map(String::trim)
                                .filter(s -> !s.isEmpty())
                                .toList())
                        .orElse(List.of());
                users.put(name, new User(name, roles, password.getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    /** The user when the password matches; compared in constant time. */
    public Optional<User> authenticate(String name, String password) {
        User u = users.get(name);
        byte[] given = password.getBytes(StandardCharsets.UTF_8);
        boolean matches = MessageDigest.isEqual(u == null ? new byte[0] : u.password(), given);
        return u != null && matches ? Optional.of(u) : Optional.empty();
    }
}
