package org.transferhub.talent.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Period;
import java.util.Map;
import java.util.UUID;
import org.transferhub.kernel.plugin.PluginContext;
import org.transferhub.spi.talent.ManagerLevel;
import org.transferhub.spi.talent.ManagerProfile;
import org.transferhub.talent.application.Assignments;
import org.transferhub.talent.application.Certifications;
import org.transferhub.talent.application.Registry;
import org.transferhub.talent.application.TalentRules;
import org.transferhub.talent.application.TrackRecords;
import org.transferhub.talent.domain.manager.Manager;
import org.transferhub.talent.infrastructure.GradeFormulas;

/**
 * The use cases on the transaction's persistence context and the plugin's configuration; the public
 * view of a manager. Application-scoped, as the vouchers plugin's: the injected EntityManager is the
 * container's transaction-scoped one whatever this bean's scope, and a request-scoped bean paid a
 * JNDI resource injection per request.
 */
@ApplicationScoped
public class TalentBackend {

    @PersistenceContext(unitName = "talent")
    EntityManager em;

    @Inject
    PluginContext plugin;

    private final Clock clock = Clock.systemUTC();

    Registry registry() {
        return new Registry(em, clock);
    }

    TrackRecords records() {
        return new TrackRecords(
                em,
                GradeFormulas.named(
                        plugin.value("grade.formula", String.class), getClass().getClassLoader()),
                registry());
    }

    Certifications certifications() {
        return new Certifications(
                em,
                clock,
                new TalentRules(
                        Map.of(
                                ManagerLevel.JUNIOR, hours("junior"),
                                ManagerLevel.INTERMEDIATE, hours("intermediate"),
                                ManagerLevel.SENIOR, hours("senior")),
                        (Period) plugin.value("certification.validity", java.time.temporal.TemporalAmount.class),
                        plugin.value("renewal.credits", Long.class).intValue()));
    }

    Assignments assignments() {
        return new Assignments(em, clock, registry(), records());
    }

    /** The public profile: what anyone signed in may see. */
    ManagerProfile profile(Manager m, int points) {
        return new ManagerProfile(
                m.id(),
                m.displayName(),
                m.affiliation(),
                m.region(),
                m.level(),
                m.fields(),
                m.languages(),
                m.available(),
                m.certifiedOn(java.time.LocalDate.now(clock)),
                points,
                records().stars(points));
    }

    ManagerProfile profile(UUID id) {
        Manager m = registry().manager(id);
        return profile(m, records().grade(id).points());
    }

    private int hours(String level) {
        return plugin.value("training.hours." + level, Long.class).intValue();
    }
}
