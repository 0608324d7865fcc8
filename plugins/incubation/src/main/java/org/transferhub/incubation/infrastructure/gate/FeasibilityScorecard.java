package org.transferhub.incubation.infrastructure.gate;

/** 可行性验证: does it work outside the lab, with what, at what risk. */
public class FeasibilityScorecard extends FixedScorecard {

    public FeasibilityScorecard() {
        super(
                "feasibility",
                new Criterion("technical", "Technical feasibility, shown by a prototype", 50),
                new Criterion("resources", "Resources and plan", 25),
                new Criterion("risk", "Risks known and handled", 25));
    }
}
