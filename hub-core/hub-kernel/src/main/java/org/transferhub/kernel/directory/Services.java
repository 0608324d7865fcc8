package org.transferhub.kernel.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Optional;
import org.transferhub.kernel.config.RegionSettings;
import org.transferhub.kernel.problem.ProblemException;
import org.transferhub.kernel.problem.ProblemType;
import org.transferhub.spi.Spi;
import org.transferhub.spi.SpiVersion;
import org.transferhub.spi.directory.PluginEntry;
import org.transferhub.spi.directory.PluginStatus;

/**
 * How a plugin calls another service: {@code services.require(VoucherService.class).quote(...)}.
 * The provider is found in the region's directory; the result is a REST client proxy of the SPI.
 * A region without a provider is a clear 503 at the call, never a silent partial behaviour.
 */
@ApplicationScoped
public class Services {

    @Inject
    HubDirectory directory;

    @Inject
    RemoteServices remote;

    @Inject
    RegionSettings region;

    /** A proxy of the SPI's provider in this region, or a 503 problem naming the missing SPI. */
    public <T> T require(Class<T> spi) {
        return find(spi).orElseThrow(() -> new ProblemException(ProblemType.SERVICE_UNAVAILABLE, missing(spi)));
    }

    /** A proxy of the SPI's provider in this region, if one is registered and UP. */
    public <T> Optional<T> find(Class<T> spi) {
        return provider(spi).map(p -> remote.proxy(spi, java.net.URI.create(p.baseUrl() + "/api"), p.id(), false));
    }

    /**
     * The directory entry of the SPI's provider: registered, UP and of a compatible version. On a
     * cluster, its {@code baseUrl} is the provider on this instance when that one is UP: a call stays
     * on the instance that serves the request, and does not go to another instance that may have
     * died a moment ago (it shows UP until it is three heartbeats late).
     */
    public Optional<PluginEntry> provider(Class<?> spi) {
        SpiVersion wanted = SpiVersion.of(spi);
        return directory.providersOf(spi).stream()
                .filter(p -> p.status() == PluginStatus.UP)
                .filter(p -> p.provides() != null
                        && SpiVersion.parse(p.provides().version()).satisfies(wanted))
                .min(Comparator.comparing(PluginEntry::id))
                .map(this::onThisInstance);
    }

    private PluginEntry onThisInstance(PluginEntry p) {
        if (p.instances() == null) {
            return p;
        }
        return p.instances().stream()
                .filter(i -> i.status() == PluginStatus.UP && region.instance().equals(i.instance()))
                .findFirst()
                .map(i -> new PluginEntry(
                        p.id(),
                        p.version(),
                        p.name(),
                        p.provides(),
                        p.requires(),
                        i.baseUrl(),
                        p.status(),
                        p.message(),
                        p.instances(),
                        p.portal()))
                .orElse(p);
    }

    /** Words for people when no provider answers. */
    public String missing(Class<?> spi) {
        Spi s = spi.getAnnotation(Spi.class);
        return "This region (" + region.id() + ") has no running provider of " + spi.getSimpleName()
                + (s == null ? "" : " (" + s.name() + " " + s.version() + ")")
                + ". Ask the region operator to deploy a plugin that provides it.";
    }
}
