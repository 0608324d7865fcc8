package org.transferhub.hub.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.transferhub.kernel.config.RegionSettings;
import org.transferhub.spi.Page;
import org.transferhub.spi.directory.PluginEntry;
import org.transferhub.spi.directory.PluginInstance;
import org.transferhub.spi.directory.PluginStatus;
import org.transferhub.spi.directory.Registration;
import org.transferhub.spi.plugin.PluginDescriptor;

/**
 * The directory's rules: a registration is an upsert of one instance; a plugin's status is the
 * best of its instances'; an instance silent for three heartbeats is STALE.
 */
@ApplicationScoped
public class PluginDirectory {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Inject
    RegionSettings region;

    Clock clock = Clock.systemUTC();

    @Transactional
    public PluginEntry register(String pluginId, String instance, Registration r) {
        Instant now = clock.instant();
        RegisteredInstance row = em.createNamedQuery(
                        RegisteredInstance.BY_PLUGIN_AND_INSTANCE, RegisteredInstance.class)
                .setParameter("plugin", pluginId)
                .setParameter("instance", instance)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    RegisteredInstance fresh = new RegisteredInstance(pluginId, instance, now);
                    em.persist(fresh);
                    return fresh;
                });
        PluginDescriptor d = r.descriptor();
        row.report(
                d.version(),
                JSONB.toJson(d),
                d.provides() == null ? null : d.provides().spi(),
                d.provides() == null ? null : d.provides().version(),
                r.baseUrl(),
                r.status(),
                r.message(),
                now);
        em.flush();
        return entries(List.of(row), now).get(0);
    }

    /** Plugins ordered by id, {@code limit} per page, after the cursor (a plugin id). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PluginEntry> plugins(String spi, int limit, String cursor) {
        var query = em.createNamedQuery(
                        spi == null ? RegisteredInstance.PAGE_OF_PLUGINS : RegisteredInstance.PAGE_OF_PROVIDERS,
                        String.class)
                .setParameter("after", cursor == null ? "" : cursor);
        if (spi != null) {
            query.setParameter("spi", spi);
        }
        List<String> ids = query.setMaxResults(limit + 1).getResultList();
        boolean more = ids.size() > limit;
        List<String> page = more ? ids.subList(0, limit) : ids;
        if (page.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        List<RegisteredInstance> rows = em.createNamedQuery(RegisteredInstance.OF_PLUGINS, RegisteredInstance.class)
                .setParameter("plugins", page)
                .getResultList();
        return new Page<>(entries(rows, clock.instant()), more ? page.get(page.size() - 1) : null);
    }

    private Duration staleAfter() {
        return region.heartbeat().multipliedBy(3);
    }

    private List<PluginEntry> entries(List<RegisteredInstance> rows, Instant now) {
        Map<String, List<RegisteredInstance>> byPlugin = new LinkedHashMap<>();
        rows.forEach(r ->
                byPlugin.computeIfAbsent(r.pluginId(), k -> new ArrayList<>()).add(r));
        List<PluginEntry> out = new ArrayList<>();
        byPlugin.forEach((id, instances) -> out.add(entry(instances, now)));
        return out;
    }

    private PluginEntry entry(List<RegisteredInstance> rows, Instant now) {
        RegisteredInstance newest = rows.stream()
                .max(Comparator.comparing(RegisteredInstance::lastSeenAt))
                .orElseThrow();
        PluginDescriptor d = JSONB.fromJson(newest.descriptor(), PluginDescriptor.class);
        List<PluginInstance> instances =
                rows.stream().map(r -> r.view(now, staleAfter())).toList();
        PluginStatus status = instances.stream().anyMatch(i -> i.status() == PluginStatus.UP)
                ? PluginStatus.UP
                : instances.stream().anyMatch(i -> i.status() == PluginStatus.DOWN)
                        ? PluginStatus.DOWN
                        : PluginStatus.STALE;
        PluginInstance shown =
                instances.stream().filter(i -> i.status() == status).findFirst().orElse(instances.get(0));
        return new PluginEntry(
                d.id(),
                d.version(),
                d.name(),
                d.provides(),
                d.requires(),
                shown.baseUrl(),
                status,
                status == PluginStatus.UP ? null : shown.message(),
                instances,
                d.portal());
    }
}
