package org.transferhub.hub.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.transferhub.kernel.persistence.InstantConverter;
import org.transferhub.spi.directory.PluginInstance;
import org.transferhub.spi.directory.PluginStatus;

/** One plugin instance as last registered. */
@Entity
@Table(name = "directory_instance")
@NamedQuery(
        name = RegisteredInstance.BY_PLUGIN_AND_INSTANCE,
        query = "select r from RegisteredInstance r where r.pluginId = :plugin and r.instance = :instance")
@NamedQuery(
        name = RegisteredInstance.PAGE_OF_PLUGINS,
        query = "select distinct r.pluginId from RegisteredInstance r where r.pluginId > :after order by r.pluginId")
@NamedQuery(
        name = RegisteredInstance.PAGE_OF_PROVIDERS,
        query =
                "select distinct r.pluginId from RegisteredInstance r where r.pluginId > :after and r.spi = :spi order by r.pluginId")
@NamedQuery(
        name = RegisteredInstance.OF_PLUGINS,
        query = "select r from RegisteredInstance r where r.pluginId in :plugins order by r.pluginId, r.instance")
public class RegisteredInstance {

    static final String BY_PLUGIN_AND_INSTANCE = "RegisteredInstance.byPluginAndInstance";
    static final String PAGE_OF_PLUGINS = "RegisteredInstance.pageOfPlugins";
    static final String PAGE_OF_PROVIDERS = "RegisteredInstance.pageOfProviders";
    static final String OF_PLUGINS = "RegisteredInstance.ofPlugins";

    @Id
    private UUID id;

    @Column(name = "plugin_id", nullable = false)
    private String pluginId;

    @Column(nullable = false)
    private String instance;

    @Column(name = "plugin_version", nullable = false)
    private String pluginVersion;

    /** The descriptor as JSON, so the directory can show names and requirements without the plugin's classes. */
    @Column(nullable = false)
    private String descriptor;

    private String spi;

    @Column(name = "spi_version")
    private String spiVersion;

    @Column(name = "base_url", nullable = false)
    private String baseUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PluginStatus status;

    private String message;

    @Convert(converter = InstantConverter.class)
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected RegisteredInstance() {}

    RegisteredInstance(String pluginId, String instance, Instant now) {
        this.id = UUID.randomUUID();
        this.pluginId = pluginId;
        this.instance = instance;
        this.registeredAt = now;
    }

    /** Records what the instance reports now. */
    void report(
            String version,
            String descriptorJson,
            String spi,
            String spiVersion,
            URI baseUrl,
            PluginStatus status,
            String message,
            Instant now) {
        this.pluginVersion = version;
        this.descriptor = descriptorJson;
        this.spi = spi;
        this.spiVersion = spiVersion;
        this.baseUrl = baseUrl.toString();
        this.status = status;
        this.message = message;
        this.lastSeenAt = now;
    }

    /** The reported status, or STALE when the instance has been silent longer than {@code staleAfter}. */
    PluginStatus statusAt(Instant now, Duration staleAfter) {
        return lastSeenAt.plus(staleAfter).isBefore(now) ? PluginStatus.STALE : status;
    }

    PluginInstance view(Instant now, Duration staleAfter) {
        PluginStatus s = statusAt(now, staleAfter);
        String why = s == PluginStatus.STALE ? "No heartbeat since " + lastSeenAt + "." : message;
        return new PluginInstance(instance, URI.create(baseUrl), s, why, registeredAt, lastSeenAt);
    }

    String pluginId() {
        return pluginId;
    }

    String descriptor() {
        return descriptor;
    }

    Instant lastSeenAt() {
        return lastSeenAt;
    }
}
