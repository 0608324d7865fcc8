/**
 * The example plugin for plugin developers (docs/plugin-guide.md walks through it): it provides
 * its own SPI, {@link org.transferhub.hello.spi.GreetingService}, keeps greetings in its own
 * schema and reads two configuration keys.
 */
package org.transferhub.hello;
