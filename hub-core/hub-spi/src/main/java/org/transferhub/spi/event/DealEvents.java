package org.transferhub.spi.event;

import java.util.UUID;

/**
 * The event types that record deals, and how their subjects name people: the words producers and
 * the talent registry's track record share.
 */
public final class DealEvents {

    /** A project passed a stage gate. Subject: its technology manager; data: projectId, stage. */
    public static final String PROJECT_ADVANCED = "incubation.project-advanced";

    /** A project raised investment. Subject: its technology manager; data: projectId, amount, currency. */
    public static final String FINANCE_MATCHED = "incubation.finance-matched";

    /** A licence was taken up. Subject: the technology manager who brokered it; data: licenceId, patent. */
    public static final String LICENCE_TAKEN_UP = "licensing.licence-taken-up";

    /**
     * A voucher-paid service was delivered (its payment captured). Subject: the user who runs the
     * provider; data: providerId, holdId, amount, currency.
     */
    public static final String SERVICE_DELIVERED = "vouchers.service-delivered";

    /**
     * A delivered service's payment was reversed by an operator's correction. Subject and data as
     * for {@link #SERVICE_DELIVERED}: what was credited for the hold is taken back.
     */
    public static final String SERVICE_REVERSED = "vouchers.service-reversed";

    private DealEvents() {}

    /** The subject naming a technology manager of the registry. */
    public static String manager(UUID managerId) {
        return "manager:" + managerId;
    }

    /** The subject naming a signed-in user. */
    public static String user(String name) {
        return "user:" + name;
    }
}
