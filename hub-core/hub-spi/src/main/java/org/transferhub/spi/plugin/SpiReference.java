package org.transferhub.spi.plugin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A reference to an SPI by its interface's class name and version.
 *
 * @param spi fully qualified name of the {@link org.transferhub.spi.Spi} annotated interface
 * @param version the contract version provided, or the lowest version required
 * @param optional for a requirement: the plugin works without it (the calls that need it fail
 *     with a clear error); a missing non-optional requirement makes the plugin DOWN
 */
public record SpiReference(
        @NotBlank String spi,
        @NotBlank @Pattern(regexp = "\\d+\\.\\d+", message = "must be MAJOR.MINOR") String version,
        boolean optional) {

    /** The simple name of the SPI interface, as people read it in messages. */
    public String simpleName() {
        int dot = spi.lastIndexOf('.');
        return dot < 0 ? spi : spi.substring(dot + 1);
    }
}
