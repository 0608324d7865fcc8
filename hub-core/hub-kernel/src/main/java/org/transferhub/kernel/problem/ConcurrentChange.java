package org.transferhub.kernel.problem;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises a transaction that lost a race with another (a stale version, a lock that could not
 * be had, a serialization failure or deadlock): the client gets 409 and retries, instead of a 500
 * that reads as a fault of ours. Nothing of the losing transaction was written.
 */
public final class ConcurrentChange {

    /**
     * SQL states of a lost race: serialization failure, PostgreSQL deadlock and lock refusal, H2
     * lock timeout, and a unique key another transaction took first (two registrations at once).
     */
    private static final Set<String> SQL_STATES = Set.of("40001", "40P01", "55P03", "HYT00", "23505");

    private ConcurrentChange() {}

    /** Whether {@code e} or any of its causes is a lost race. */
    public static boolean in(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 30; t = t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException
                    // EclipseLink's own, when it is not wrapped in the Jakarta one
                    || t.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && SQL_STATES.contains(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
