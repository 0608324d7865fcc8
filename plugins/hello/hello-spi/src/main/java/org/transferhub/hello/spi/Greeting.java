package org.transferhub.hello.spi;

import java.time.Instant;
import java.util.UUID;

/** A greeting as it was given: to whom, in which language, by whom, when. */
public record Greeting(UUID id, String name, String language, String text, String greetedBy, Instant createdAt) {}
