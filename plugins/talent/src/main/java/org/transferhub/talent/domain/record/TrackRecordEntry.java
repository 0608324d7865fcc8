package org.transferhub.talent.domain.record;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.transferhub.kernel.persistence.InstantConverter;
import org.transferhub.spi.talent.grade.Credit;

/** One deal credited to a manager: the event it came from, keyed by the event's id, so it counts once. */
@Entity
@Table(name = "track_record")
public class TrackRecordEntry {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Id
    @Column(name = "event_id")
    private UUID eventId;

    @Column(name = "manager_id", nullable = false)
    private UUID managerId;

    @Column(nullable = false)
    private String type;

    @Column(nullable = false)
    private String source;

    @Convert(converter = InstantConverter.class)
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String data;

    protected TrackRecordEntry() {}

    public TrackRecordEntry(
            UUID eventId, UUID managerId, String type, String source, Instant occurredAt, Map<String, String> data) {
        this.eventId = eventId;
        this.managerId = managerId;
        this.type = type;
        this.source = source;
        this.occurredAt = occurredAt;
        this.data = JSONB.toJson(data);
    }

    public UUID eventId() {
        return eventId;
    }

    public UUID managerId() {
        return managerId;
    }

    public String source() {
        return source;
    }

    @SuppressWarnings("unchecked")
    public Credit credit() {
        return new Credit(type, occurredAt, JSONB.fromJson(data, LinkedHashMap.class));
    }
}
