package org.transferhub.spi.incubation;

/** Where a project stands in its programme, whatever its stage. */
public enum ProjectStatus {
    /** Submitted; waiting for intake screening before it enters IDEATION. */
    SCREENING,
    /** Admitted and working through its current stage. */
    ACTIVE,
    /** Passed all four stage gates (SCENARIO included). */
    PASSED,
    /** Screened out at intake, or rejected at a stage gate. */
    REJECTED
}
