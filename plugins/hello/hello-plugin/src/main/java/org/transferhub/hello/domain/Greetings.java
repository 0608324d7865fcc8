package org.transferhub.hello.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.transferhub.hello.spi.Greeting;
import org.transferhub.kernel.plugin.PluginContext;
import org.transferhub.spi.Page;

/** Gives greetings in the configured words and keeps them. */
@ApplicationScoped
public class Greetings {

    @PersistenceContext(unitName = "hello")
    EntityManager em;

    @Inject
    PluginContext plugin;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public Greeting greet(String name, String language, String greetedBy) {
        String text = "en".equals(language)
                ? plugin.value("salutation.en", String.class) + ", " + name + "!"
                : plugin.value("salutation.zh", String.class) + "，" + name + "！";
        GreetingRecord g = new GreetingRecord(name, language, text, greetedBy, clock.instant());
        em.persist(g);
        return g.view();
    }

    public Optional<Greeting> find(UUID id) {
        return Optional.ofNullable(em.find(GreetingRecord.class, id)).map(GreetingRecord::view);
    }

    /** A page of greetings ordered by id, after the cursor (the last id of the previous page). */
    public Page<Greeting> page(int limit, UUID after) {
        var query = after == null
                ? em.createQuery("select g from GreetingRecord g order by g.id", GreetingRecord.class)
                : em.createQuery(
                                "select g from GreetingRecord g where g.id > :after order by g.id",
                                GreetingRecord.class)
                        .setParameter("after", after);
        List<Greeting> rows = query.setMaxResults(limit + 1).getResultList().stream()
                .map(GreetingRecord::view)
                .toList();
        boolean more = rows.size() > limit;
        List<Greeting> page = more ? rows.subList(0, limit) : rows;
        return new Page<>(page, more ? page.get(page.size() - 1).id().toString() : null);
    }
}
