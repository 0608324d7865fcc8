package org.transferhub.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Java interface as a service contract (an SPI) of TransferHub.
 *
 * <p>An SPI is a JAX-RS annotated interface. The same interface is the contract, the server
 * side (the providing plugin's resource implements it) and the client side (other plugins get a
 * MicroProfile REST Client proxy of it from the kernel's {@code Services}). Paths are on the
 * methods, relative to the providing plugin's {@code /api} root; the interface itself carries no
 * {@code @Path} (JAX-RS would take it for a resource class), the implementing resource does.
 *
 * <p>Versions follow {@code MAJOR.MINOR}: a provider of {@code 1.3} satisfies a plugin that
 * requires {@code 1.1}, never one that requires {@code 2.0}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Spi {

    /** Short stable name, lowercase letters and digits, used in the directory and in URLs. */
    String name();

    /** The contract's version, {@code MAJOR.MINOR}. */
    String version();
}
