package org.transferhub.hub.event;

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
import org.transferhub.spi.event.HubEvent;

/** One event in the log. Written once, never changed. */
@Entity
@Table(name = "event_log")
public class LoggedEvent {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Id
    private long sequence;

    @Column(nullable = false)
    private UUID id;

    @Column(nullable = false)
    private String source;

    @Column(nullable = false)
    private String type;

    @Column(nullable = false)
    private String subject;

    @Convert(converter = InstantConverter.class)
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(nullable = false)
    private String data;

    protected LoggedEvent() {}

    LoggedEvent(long sequence, HubEvent e, Instant receivedAt) {
        this.sequence = sequence;
        this.id = e.id();
        this.source = e.source();
        this.type = e.type();
        this.subject = e.subject();
        this.occurredAt = e.occurredAt();
        this.receivedAt = receivedAt;
        this.data = JSONB.toJson(e.data());
    }

    @SuppressWarnings("unchecked")
    HubEvent toEvent() {
        Map<String, String> d = JSONB.fromJson(data, LinkedHashMap.class);
        return new HubEvent(id, sequence, source, type, subject, occurredAt, d);
    }

    UUID id() {
        return id;
    }
}
