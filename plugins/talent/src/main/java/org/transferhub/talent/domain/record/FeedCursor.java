package org.transferhub.talent.domain.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The sequence of the last event of the region's log the registry has read; moved in the transaction that credits. */
@Entity
@Table(name = "feed_cursor")
public class FeedCursor {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    protected FeedCursor() {}

    public long lastSequence() {
        return lastSequence;
    }

    public void moveTo(long sequence) {
        this.lastSequence = Math.max(lastSequence, sequence);
    }
}
