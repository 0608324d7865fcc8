package org.transferhub.vouchers.domain.ledger;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/** Appends balanced journals and reads balances. Never updates or deletes a posting. */
public class Ledger {

    /** One leg of a movement: the account and the amount arriving there (negative: leaving). */
    public record Leg(String account, long amount) {}

    private final EntityManager em;
    private final String region;

    public Ledger(EntityManager em, String region) {
        this.em = em;
        this.region = region;
    }

    /**
     * Writes one movement in the caller's transaction.
     *
     * @throws IllegalArgumentException when the legs do not add up to zero: a bug, never written
     */
    public UUID post(JournalKind kind, String reference, String currency, Instant at, Leg... legs) {
        if (legs.length < 2) {
            throw new IllegalArgumentException("A journal has at least two legs");
        }
        long sum = Arrays.stream(legs).mapToLong(Leg::amount).reduce(0L, Math::addExact);
        if (sum != 0) {
            throw new IllegalArgumentException(
                    "Unbalanced " + kind + " journal for " + reference + ": legs add up to " + sum);
        }
        Journal journal = new Journal(kind, reference, region, at);
        em.persist(journal);
        for (Leg leg : legs) {
            em.persist(new Posting(journal.id(), leg.account(), leg.amount(), currency, region));
        }
        return journal.id();
    }

    /** What an account holds: the sum of its postings. */
    public long balance(String account) {
        Long sum = em.createQuery("select sum(p.amount) from Posting p where p.account = :account", Long.class)
                .setParameter("account", account)
                .getSingleResult();
        return sum == null ? 0 : sum;
    }

    /** What all accounts whose names start with {@code prefix} hold together. */
    public long balanceUnder(String prefix) {
        Long sum = em.createQuery("select sum(p.amount) from Posting p where p.account like :prefix", Long.class)
                .setParameter("prefix", prefix + "%")
                .getSingleResult();
        return sum == null ? 0 : sum;
    }
}
