package org.transferhub.hub.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.transferhub.kernel.idempotency.Idempotent;
import org.transferhub.kernel.problem.ProblemException;
import org.transferhub.kernel.problem.ProblemType;
import org.transferhub.kernel.security.Roles;
import org.transferhub.spi.Page;
import org.transferhub.spi.event.EventLog;
import org.transferhub.spi.event.HubEvent;

/** The event log over HTTP at {@code /hub/api/events}: plugins append their own events; plugins and operators read. */
@Path("/")
@RequestScoped
public class EventLogResource implements EventLog {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Inject
    JsonWebToken caller;

    @Override
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.SERVICE)
    public Appended append(List<HubEvent> events) {
        for (HubEvent e : events) {
            if (!("plugin:" + e.source()).equals(caller.getName())) {
                throw new ProblemException(
                        ProblemType.FORBIDDEN,
                        "A plugin appends only its own events: " + caller.getName() + " sent one from '" + e.source()
                                + "'.");
            }
        }
        return new RegionEventLog(em, Clock.systemUTC()).append(events);
    }

    @Override
    @Transactional
    @RolesAllowed({Roles.SERVICE, Roles.OPERATOR})
    public Page<HubEvent> events(String after, String type, int limit) {
        return new RegionEventLog(em, Clock.systemUTC()).events(after == null ? 0 : Long.parseLong(after), type, limit);
    }
}
