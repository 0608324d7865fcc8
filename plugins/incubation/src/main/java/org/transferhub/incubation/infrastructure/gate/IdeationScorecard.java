package org.transferhub.incubation.infrastructure.gate;

/** 创意性验证: is the idea new, can the team carry it, is it protected. */
public class IdeationScorecard extends FixedScorecard {

    public IdeationScorecard() {
        super(
                "ideation",
                new Criterion("novelty", "Novelty of the research result", 40),
                new Criterion("team", "Team and its commitment", 30),
                new Criterion("ip", "Intellectual property position", 30));
    }
}
