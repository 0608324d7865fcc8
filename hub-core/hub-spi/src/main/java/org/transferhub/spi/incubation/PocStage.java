package org.transferhub.spi.incubation;

/** The four proof-of-concept stage gates (四级验证体系), in the order a project passes them. */
public enum PocStage {
    /** 创意性验证 */
    IDEATION,
    /** 可行性验证 */
    FEASIBILITY,
    /** 商业化验证 */
    COMMERCIAL,
    /** 应用场景验证 */
    SCENARIO;

    /** The stage after this one, or {@code null} after SCENARIO. */
    public PocStage next() {
        return this == SCENARIO ? null : values()[ordinal() + 1];
    }
}
