package org.transferhub.talent.domain.manager;

/** Where a manager's certification stands. Only ACTIVE managers are matched or assigned. */
public enum ManagerStatus {
    /** Registered, not yet certified. */
    UNCERTIFIED,
    ACTIVE,
    /** Suspended by an operator, with a reason. */
    SUSPENDED,
    /** The certification ran out; a renewal with enough credits restores it. */
    EXPIRED
}
