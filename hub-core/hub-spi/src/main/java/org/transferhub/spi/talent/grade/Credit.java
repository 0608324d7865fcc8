package org.transferhub.spi.talent.grade;

import java.time.Instant;
import java.util.Map;

/**
 * One recorded deal credited to a manager: taken from the region's event log, never typed in.
 *
 * @param type the event type, e.g. {@link org.transferhub.spi.event.DealEvents#LICENCE_TAKEN_UP}
 * @param data the event's details (amounts in minor units with their currency)
 */
public record Credit(String type, Instant occurredAt, Map<String, String> data) {

    public Credit {
        data = Map.copyOf(data);
    }
}
