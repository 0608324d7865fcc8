package org.transferhub.vouchers.domain.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.transferhub.kernel.persistence.InstantConverter;
import org.transferhub.spi.money.Money;

/** A service a provider offers at a published price (testing, a pilot run, a proof-of-concept study). */
@Entity
@Table(name = "service_item")
public class ServiceItem {

    @Id
    private UUID id;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private long price;

    @Column(nullable = false)
    private String currency;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ServiceItem() {}

    public ServiceItem(UUID providerId, String name, Money price, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.providerId = providerId;
        this.name = name;
        this.price = price.amount();
        this.currency = price.currency();
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Money price() {
        return Money.of(price, currency);
    }
}
