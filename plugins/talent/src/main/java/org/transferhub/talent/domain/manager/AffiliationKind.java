package org.transferhub.talent.domain.manager;

/** Where a manager works: a university or research institute, or a technology-transfer service organisation. */
public enum AffiliationKind {
    INSTITUTION,
    SERVICE_ORGANISATION
}
