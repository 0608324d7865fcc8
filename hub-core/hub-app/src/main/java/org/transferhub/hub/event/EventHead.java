package org.transferhub.hub.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The log's one head row: the last sequence given. Locked by every append, which serialises them. */
@Entity
@Table(name = "event_head")
public class EventHead {

    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    protected EventHead() {}

    long next() {
        return ++lastSequence;
    }
}
