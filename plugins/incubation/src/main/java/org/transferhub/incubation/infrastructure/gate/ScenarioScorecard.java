package org.transferhub.incubation.infrastructure.gate;

/** 应用场景验证: does it hold in a real application scenario, with real customers. */
public class ScenarioScorecard extends FixedScorecard {

    public ScenarioScorecard() {
        super(
                "scenario",
                new Criterion("fit", "Fit with the application scenario", 50),
                new Criterion("customers", "Evidence from pilot customers", 30),
                new Criterion("scale", "Ability to scale", 20));
    }
}
