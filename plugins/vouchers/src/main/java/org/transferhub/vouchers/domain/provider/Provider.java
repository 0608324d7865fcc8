package org.transferhub.vouchers.domain.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.transferhub.kernel.persistence.InstantConverter;

/** A registered service provider; {@code owner} is the signed-in user who registered it and acts for it. */
@Entity
@Table(name = "provider")
public class Provider {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String owner;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Provider() {}

    public Provider(String name, String owner, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.owner = owner;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String owner() {
        return owner;
    }
}
