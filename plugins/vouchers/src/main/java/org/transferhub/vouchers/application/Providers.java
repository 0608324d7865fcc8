package org.transferhub.vouchers.application;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.transferhub.spi.Page;
import org.transferhub.spi.money.Money;
import org.transferhub.vouchers.application.VoucherRefused.Reason;
import org.transferhub.vouchers.domain.programme.Programme;
import org.transferhub.vouchers.domain.provider.Membership;
import org.transferhub.vouchers.domain.provider.Provider;
import org.transferhub.vouchers.domain.provider.ServiceItem;

/**
 * Providers register, apply to programmes and publish service items; operators admit or reject
 * them. A provider acts through its owner: the user who registered it.
 */
public class Providers {

    private final EntityManager em;
    private final Clock clock;

    public Providers(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public Provider register(String name, String owner) {
        Provider p = new Provider(name, owner, clock.instant());
        em.persist(p);
        return p;
    }

    public Provider provider(UUID id) {
        Provider p = em.find(Provider.class, id);
        if (p == null) {
            throw new VoucherRefused(Reason.UNKNOWN_PROVIDER, "There is no provider " + id + ".");
        }
        return p;
    }

    /**
     * The provider, when {@code actingUser} may act for it: its owner, or anyone when null (a
     * plugin calling on its own behalf).
     */
    public Provider actingFor(UUID providerId, String actingUser) {
        Provider p = provider(providerId);
        if (actingUser != null && !p.owner().equals(actingUser)) {
            throw new VoucherRefused(
                    Reason.NOT_YOUR_PROVIDER, "You (" + actingUser + ") do not act for provider " + providerId + ".");
        }
        return p;
    }

    /** Asks to join a programme: PENDING until an operator decides. */
    public Membership apply(UUID providerId, UUID programmeId, String actingUser) {
        actingFor(providerId, actingUser);
        if (em.find(Programme.class, programmeId) == null) {
            throw new VoucherRefused(Reason.UNKNOWN_PROGRAMME, "There is no programme " + programmeId + ".");
        }
        if (membership(providerId, programmeId) != null) {
            throw new VoucherRefused(
                    Reason.ALREADY_DONE,
                    "Provider " + providerId + " has applied to programme " + programmeId + " already.");
        }
        Membership m = new Membership(providerId, programmeId);
        em.persist(m);
        return m;
    }

    /** An operator's decision on an application; a rejection carries its reason. */
    public Membership decide(UUID programmeId, UUID providerId, boolean accept, String reason, String operator) {
        Membership m = membership(providerId, programmeId);
        if (m == null) {
            throw new VoucherRefused(
                    Reason.UNKNOWN_PROVIDER,
                    "Provider " + providerId + " has not applied to programme " + programmeId + ".");
        }
        if (m.status() != Membership.Status.PENDING) {
            throw new VoucherRefused(
                    Reason.ALREADY_DONE, "This application was " + m.status() + " already; a decision is final.");
        }
        m.decide(accept, reason, operator, clock.instant());
        return m;
    }

    /** The providers a user owns (acts for), by name. */
    public List<Provider> ownedBy(String owner) {
        return em.createQuery("select p from Provider p where p.owner = :owner order by p.name, p.id", Provider.class)
                .setParameter("owner", owner)
                .getResultList();
    }

    /** A provider's memberships of programmes, by programme. */
    public List<Membership> memberships(UUID providerId) {
        provider(providerId);
        return em.createQuery(
                        "select m from Membership m where m.providerId = :provider order by m.programmeId",
                        Membership.class)
                .setParameter("provider", providerId)
                .getResultList();
    }

    /** A programme's memberships, optionally of one status, by provider. */
    public List<Membership> membershipsOf(UUID programmeId, Membership.Status status) {
        if (em.find(Programme.class, programmeId) == null) {
            throw new VoucherRefused(Reason.UNKNOWN_PROGRAMME, "There is no programme " + programmeId + ".");
        }
        var query = em.createQuery(
                        "select m from Membership m where m.programmeId = :programme"
                                + (status == null ? "" : " and m.status = :status")
                                + " order by m.providerId",
                        Membership.class)
                .setParameter("programme", programmeId);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    /** Refuses unless the provider is admitted to the programme. */
    public void requireAdmitted(UUID providerId, UUID programmeId) {
        Membership m = membership(providerId, programmeId);
        if (m == null || m.status() != Membership.Status.ACCEPTED) {
            throw new VoucherRefused(
                    Reason.NOT_ADMITTED,
                    "Provider " + providerId + " is not admitted to this voucher's programme"
                            + (m == null ? "; apply to join it first." : " (" + m.status() + ")."));
        }
    }

    public ServiceItem addItem(UUID providerId, String name, Money price, String actingUser) {
        actingFor(providerId, actingUser);
        if (price.amount() <= 0) {
            throw new VoucherRefused(Reason.INVALID_AMOUNT, "A price is a positive amount of minor units (fen).");
        }
        ServiceItem item = new ServiceItem(providerId, name, price, clock.instant());
        em.persist(item);
        return item;
    }

    /** A provider's service items ordered by id, after the cursor (the last id of the previous page). */
    public Page<ServiceItem> items(UUID providerId, int limit, UUID after) {
        provider(providerId);
        var query = em.createQuery(
                        "select i from ServiceItem i where i.providerId = :provider and (i.id > :after) order by i.id",
                        ServiceItem.class)
                .setParameter("provider", providerId)
                .setParameter("after", after == null ? new UUID(0, 0) : after);
        List<ServiceItem> rows = query.setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<ServiceItem> page = more ? rows.subList(0, limit) : rows;
        return new Page<>(page, more ? page.get(page.size() - 1).id().toString() : null);
    }

    private Membership membership(UUID providerId, UUID programmeId) {
        return em.createQuery(
                        "select m from Membership m where m.providerId = :provider and m.programmeId = :programme",
                        Membership.class)
                .setParameter("provider", providerId)
                .setParameter("programme", programmeId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
