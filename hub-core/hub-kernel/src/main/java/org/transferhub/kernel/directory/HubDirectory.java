package org.transferhub.kernel.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.transferhub.kernel.config.RegionSettings;
import org.transferhub.spi.Page;
import org.transferhub.spi.directory.Directory;
import org.transferhub.spi.directory.PluginEntry;

/** The hub's directory as a REST client, called with this plugin's service token. */
@ApplicationScoped
public class HubDirectory {

    @Inject
    RegionSettings region;

    @Inject
    RemoteServices remote;

    public Directory client() {
        return remote.proxy(Directory.class, URI.create(region.hubUrl() + "/api"), "hub", true);
    }

    /** Every plugin registered in the region that provides {@code spi} (all pages). */
    public List<PluginEntry> providersOf(Class<?> spi) {
        List<PluginEntry> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<PluginEntry> page = client().plugins(spi.getName(), 100, cursor);
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return all;
    }
}
