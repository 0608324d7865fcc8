package org.transferhub.spi.talent;

/** Certification levels of a technology manager (T/CASTEM 1007-2022). */
public enum ManagerLevel {
    JUNIOR,
    INTERMEDIATE,
    SENIOR
}
