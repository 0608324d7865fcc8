package org.transferhub.licensing.infrastructure.schedules;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.transferhub.spi.licensing.royalty.RoyaltySchedule;

/**
 * The royalty schedules installed in the licensing WAR, found once with {@link ServiceLoader} on
 * the WAR's class loader: the plugin's own and those of any jar in {@code WEB-INF/lib}.
 */
public final class InstalledSchedules {

    private static final Map<String, RoyaltySchedule> ALL = load();

    private InstalledSchedules() {}

    private static Map<String, RoyaltySchedule> load() {
        Map<String, RoyaltySchedule> byId = new TreeMap<>();
        ServiceLoader.load(RoyaltySchedule.class, InstalledSchedules.class.getClassLoader())
                .forEach(s -> byId.put(s.id(), s));
        return Map.copyOf(byId);
    }

    /** Every installed schedule by id, ordered by id. */
    public static Map<String, RoyaltySchedule> all() {
        return new TreeMap<>(ALL);
    }
}
