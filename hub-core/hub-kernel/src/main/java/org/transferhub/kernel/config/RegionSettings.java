package org.transferhub.kernel.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.Config;
import org.transferhub.spi.plugin.ConfigProperty;
import org.transferhub.spi.plugin.ConfigType;

/**
 * Region-wide settings, {@code transferhub.region.*}, shared by the hub and every plugin of a region.
 * Each is described as a {@link ConfigProperty} so that the same validation and documentation apply
 * as for a plugin's own keys.
 */
@ApplicationScoped
public class RegionSettings {

    public static final String ID = "transferhub.region.id";
    public static final String NAME = "transferhub.region.name";
    public static final String DATA_DIR = "transferhub.region.data.dir";
    public static final String KEYS_DIR = "transferhub.region.keys.dir";
    public static final String HUB_URL = "transferhub.region.hub.url";
    public static final String BASE_URL = "transferhub.region.base.url";
    public static final String INSTANCE = "transferhub.region.instance";
    public static final String HEARTBEAT = "transferhub.region.heartbeat";
    public static final String TOKEN_LIFETIME = "transferhub.region.token.lifetime";
    public static final String DEMO_DATA = "transferhub.region.demo.data";
    public static final String PROFILE = "transferhub.region.profile";

    /** The profile of a region serving real people: demonstration shortcuts (the built-in identity store) are refused. */
    public static final String PRODUCTION = "production";

    /** The region-wide properties, described like a plugin's (keys here are below {@code transferhub.region.}). */
    public static final List<ConfigProperty> PROPERTIES = List.of(
            new ConfigProperty(
                    "id",
                    ConfigType.STRING,
                    null,
                    true,
                    false,
                    "The region's id: lowercase letters and digits. Tokens carry it; a token of another region is refused."),
            new ConfigProperty("name", ConfigType.STRING, null, false, false, "The region's name as people read it."),
            new ConfigProperty(
                    "data.dir",
                    ConfigType.STRING,
                    "data",
                    false,
                    false,
                    "Directory of the region's files: H2 database, signing keys."),
            new ConfigProperty(
                    "keys.dir",
                    ConfigType.STRING,
                    null,
                    false,
                    false,
                    "Directory of the region's token signing key pair; default <data.dir>/keys. Created on first start."),
            new ConfigProperty(
                    "hub.url",
                    ConfigType.URL,
                    "http://127.0.0.1:8080/hub",
                    true,
                    false,
                    "Where plugins reach the hub's directory."),
            new ConfigProperty(
                    "base.url",
                    ConfigType.URL,
                    "http://127.0.0.1:8080",
                    true,
                    false,
                    "This instance's URL as other instances reach it; plugins register <base.url>/<plugin-id>."),
            new ConfigProperty(
                    "instance",
                    ConfigType.STRING,
                    null,
                    false,
                    false,
                    "This instance's name in the directory; default host-port of base.url."),
            new ConfigProperty(
                    "heartbeat",
                    ConfigType.DURATION,
                    "PT10S",
                    true,
                    false,
                    "How often plugins renew their registration; an instance silent for three heartbeats is STALE."),
            new ConfigProperty(
                    "token.lifetime",
                    ConfigType.DURATION,
                    "PT1H",
                    true,
                    false,
                    "How long a token issued by the hub is valid."),
            new ConfigProperty(
                    "demo.data",
                    ConfigType.BOOLEAN,
                    "false",
                    true,
                    false,
                    "Load each plugin's demo data (db/demo/<plugin-id>) at start. For demonstration regions only."),
            new ConfigProperty(
                    "profile",
                    ConfigType.STRING,
                    "demo",
                    true,
                    false,
                    "'demo' or 'production'. A production region refuses to start with demonstration shortcuts such as the built-in identity store."));

    @Inject
    Config config;

    private String id;
    private String name;
    private Path dataDirectory;
    private Path keyDirectory;
    private URI hubUrl;
    private URI baseUrl;
    private String instance;
    private Duration heartbeat;
    private Duration tokenLifetime;
    private boolean demoData;
    private String profile;

    @PostConstruct
    void read() {
        var problems = ConfigCheck.check(PROPERTIES, k -> "transferhub.region." + k, this::raw);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException("Region configuration is invalid: " + String.join("; ", problems));
        }
        id = raw(ID).orElseThrow();
        if (!id.matches(org.transferhub.spi.plugin.PluginDescriptor.ID_PATTERN)) {
            throw new InvalidConfigurationException(
                    ID + " must be lowercase letters and digits, starting with a letter (got '" + id + "')");
        }
        name = raw(NAME).orElse(id);
        dataDirectory = Path.of(raw(DATA_DIR).orElse("data")).toAbsolutePath();
        keyDirectory = keyDirectory(k -> raw(k).orElse(null));
        hubUrl = URI.create(stripSlash(raw(HUB_URL).orElse("http://127.0.0.1:8080/hub")));
        baseUrl = URI.create(stripSlash(raw(BASE_URL).orElse("http://127.0.0.1:8080")));
        instance = raw(INSTANCE).orElse(baseUrl.getHost() + "-" + (baseUrl.getPort() < 0 ? 80 : baseUrl.getPort()));
        heartbeat = Duration.parse(raw(HEARTBEAT).orElse("PT10S"));
        tokenLifetime = Duration.parse(raw(TOKEN_LIFETIME).orElse("PT1H"));
        demoData = Boolean.parseBoolean(raw(DEMO_DATA).orElse("false"));
        profile = raw(PROFILE).orElse("demo");
        if (!profile.equals("demo") && !profile.equals(PRODUCTION)) {
            throw new InvalidConfigurationException(
                    PROFILE + " must be 'demo' or '" + PRODUCTION + "' (got '" + profile + "')");
        }
    }

    /** Stripped, as {@code PluginContext.value}: a secrets-directory file ends with a newline. */
    private Optional<String> raw(String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The key directory as configured, given a way to read raw settings (also used before Config exists). */
    static Path keyDirectory(UnaryOperator<String> setting) {
        String keys = setting.apply(KEYS_DIR);
        if (keys != null && !keys.isBlank()) {
            return Path.of(keys).toAbsolutePath();
        }
        String data = setting.apply(DATA_DIR);
        return Path.of(data == null || data.isBlank() ? "data" : data, "keys").toAbsolutePath();
    }

    /** The {@code iss} claim of the region's tokens. */
    public static String issuer(String regionId) {
        return "urn:transferhub:region:" + regionId;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String issuer() {
        return issuer(id);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path keyDirectory() {
        return keyDirectory;
    }

    public URI hubUrl() {
        return hubUrl;
    }

    /** Where the plugin with the given id answers on this instance. */
    public URI pluginUrl(String pluginId) {
        return URI.create(baseUrl + "/" + pluginId);
    }

    public String instance() {
        return instance;
    }

    public Duration heartbeat() {
        return heartbeat;
    }

    public Duration tokenLifetime() {
        return tokenLifetime;
    }

    /** {@code demo} or {@code production} ({@link #PRODUCTION}). */
    public String profile() {
        return profile;
    }

    /** Whether plugins load their demo data. */
    public boolean demoData() {
        return demoData;
    }
}
