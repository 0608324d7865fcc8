package org.transferhub.kernel.config;

/** A plugin or region cannot start with the configuration it was given; the message names the key. */
public class InvalidConfigurationException extends RuntimeException {

    public InvalidConfigurationException(String message) {
        super(message);
    }
}
