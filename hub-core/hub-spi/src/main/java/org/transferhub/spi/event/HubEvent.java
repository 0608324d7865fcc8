package org.transferhub.spi.event;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One fact a service recorded.
 *
 * @param id chosen by the service when it records the fact; the log keeps one event per id, so a
 *     resend is harmless
 * @param sequence the event's place in the region's log, given by the hub ({@code null} when sent)
 * @param source the id of the plugin that recorded it
 * @param type what happened, {@code <plugin>.<fact>}, e.g. {@link DealEvents#PROJECT_ADVANCED}
 * @param subject who or what it is about: {@code manager:<uuid>}, {@code user:<name>}, ...
 * @param data the fact's details, small and flat
 */
public record HubEvent(
        @NotNull UUID id,
        Long sequence,
        @NotNull @Pattern(regexp = "[a-z][a-z0-9]{0,30}", message = "must be a plugin id") String source,
        @NotNull @Pattern(regexp = "[a-z][a-z0-9]*\\.[a-z][a-z0-9-]{0,60}", message = "must be <plugin>.<fact>")
                String type,
        @NotNull @Size(min = 1, max = 200) String subject,
        @NotNull Instant occurredAt,
        @NotNull @Size(max = 20) Map<@Size(max = 40) String, @Size(max = 200) String> data) {

    public HubEvent {
        data = Map.copyOf(data);
    }

    /** A new event of this instant, before the hub gives it a sequence. */
    public static HubEvent of(String source, String type, String subject, Map<String, String> data) {
        return new HubEvent(UUID.randomUUID(), null, source, type, subject, Instant.now(), data);
    }
}
