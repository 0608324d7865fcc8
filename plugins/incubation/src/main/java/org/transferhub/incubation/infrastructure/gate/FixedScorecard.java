package org.transferhub.incubation.infrastructure.gate;

import java.util.List;
import org.transferhub.spi.incubation.gate.Scorecard;

/** A scorecard whose criteria are fixed in code: the plugin's own, one per stage. */
abstract class FixedScorecard implements Scorecard {

    private final String id;
    private final List<Criterion> criteria;

    FixedScorecard(String id, Criterion... criteria) {
        this.id = id;
        this.criteria = List.of(criteria);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<Criterion> criteria() {
        return criteria;
    }
}
