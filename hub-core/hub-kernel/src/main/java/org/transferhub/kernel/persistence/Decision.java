package org.transferhub.kernel.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Who decided, when and why: kept with whatever was decided (an application, a membership, a
 * certification) in the columns {@code reason}, {@code decided_by} and {@code decided_at}.
 * Immutable; a decision is made once.
 */
@Embeddable
public class Decision {

    @Column(name = "reason")
    private String reason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Decision() {}

    public Decision(String decidedBy, String reason, Instant decidedAt) {
        this.decidedBy = decidedBy;
        this.reason = reason;
        this.decidedAt = decidedAt;
    }

    public String reason() {
        return reason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
