package org.transferhub.hub.auth;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.transferhub.kernel.config.InvalidConfigurationException;
import org.transferhub.kernel.plugin.PluginStarted;

/**
 * Stops the hub's start when nobody could sign in safely: the built-in (demo) identity store in a
 * production region, or OpenID Connect without its provider's settings. It observes
 * {@link PluginStarted} before anything else does (registration, jobs), so the exception fails the
 * deployment with a message that names the keys, like the kernel's configuration check.
 */
@ApplicationScoped
public class IdentityCheck {

    @Inject
    IdentitySettings identity;

    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) PluginStarted started) {
        var problems = identity.problems();
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(
                    "Plugin '" + started.descriptor().id() + "' cannot start: " + String.join("; ", problems));
        }
    }
}
