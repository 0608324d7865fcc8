package org.transferhub.spi.directory;

/** The state of a plugin (or one of its instances) as the directory sees it. */
public enum PluginStatus {
    /** Reporting and healthy. */
    UP,
    /** Reporting, but not able to serve: a required SPI is missing, its database is unreachable, ... */
    DOWN,
    /** Has not reported within the heartbeat timeout: crashed, stopped or cut off. */
    STALE
}
