package org.transferhub.incubation.infrastructure.gate;

/** 商业化验证: is there a market, a business model, a way to finance it. */
public class CommercialScorecard extends FixedScorecard {

    public CommercialScorecard() {
        super(
                "commercial",
                new Criterion("market", "Market size and need", 40),
                new Criterion("model", "Business model", 30),
                new Criterion("finance", "Financing and cost", 30));
    }
}
