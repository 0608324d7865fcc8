package org.transferhub.hello.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.transferhub.hello.spi.Greeting;
import org.transferhub.kernel.persistence.InstantConverter;

/** A greeting given. UUID keys: the id exists before the insert and never depends on the database. */
@Entity
@Table(name = "greeting")
public class GreetingRecord {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String text;

    @Column(name = "greeted_by", nullable = false)
    private String greetedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected GreetingRecord() {}

    public GreetingRecord(String name, String language, String text, String greetedBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.language = language;
        this.text = text;
        this.greetedBy = greetedBy;
        this.createdAt = createdAt;
    }

    public Greeting view() {
        return new Greeting(id, name, language, text, greetedBy, createdAt);
    }
}
