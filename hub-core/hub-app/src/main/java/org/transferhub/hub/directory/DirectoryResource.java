package org.transferhub.hub.directory;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.transferhub.kernel.problem.ProblemException;
import org.transferhub.kernel.problem.ProblemType;
import org.transferhub.kernel.security.Roles;
import org.transferhub.spi.Page;
import org.transferhub.spi.directory.Directory;
import org.transferhub.spi.directory.PluginEntry;
import org.transferhub.spi.directory.Registration;

/** The directory over HTTP at {@code /hub/api/plugins}. */
@Path("/")
@RequestScoped
public class DirectoryResource implements Directory {

    @Inject
    PluginDirectory directory;

    @Inject
    JsonWebToken caller;

    /** Public: the portal builds its navigation from it before anyone signs in. */
    @Override
    @PermitAll
    public Page<PluginEntry> plugins(String spi, int limit, String cursor) {
        return directory.plugins(spi, limit, cursor);
    }

    /** Only a plugin of this region, for itself. */
    @Override
    @RolesAllowed(Roles.SERVICE)
    public PluginEntry register(String id, String instance, Registration registration) {
        if (!("plugin:" + id).equals(caller.getName())) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "A plugin registers only itself: " + caller.getName() + " may not register '" + id + "'.");
        }
        if (!registration.isFor(id)) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "The descriptor's id '" + registration.descriptor().id() + "' does not match the path's plugin id '"
                            + id + "'.");
        }
        return directory.register(id, instance, registration);
    }
}
