package org.transferhub.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/** A {@code MAJOR.MINOR} contract version and the compatibility rule between two of them. */
public record SpiVersion(int major, int minor) implements Comparable<SpiVersion> {

    private static final Pattern FORMAT = Pattern.compile("(0|[1-9]\\d{0,4})\\.(0|[1-9]\\d{0,4})");

    public SpiVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("SPI versions are not negative");
        }
    }

    /** Parses {@code "1.2"}; anything else is rejected with a message naming the value. */
    public static SpiVersion parse(String text) {
        Objects.requireNonNull(text, "version");
        var m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an SPI version; write MAJOR.MINOR, e.g. 1.0");
        }
        return new SpiVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Version declared by an {@link Spi} annotated interface. */
    public static SpiVersion of(Class<?> spi) {
        Spi annotation = spi.getAnnotation(Spi.class);
        if (annotation == null) {
            throw new IllegalArgumentException(spi.getName() + " is not annotated with @Spi");
        }
        return parse(annotation.version());
    }

    /** True when a provider of this version serves a consumer that was built against {@code required}. */
    public boolean satisfies(SpiVersion required) {
        return major == required.major && minor >= required.minor;
    }

    @Override
    public int compareTo(SpiVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
