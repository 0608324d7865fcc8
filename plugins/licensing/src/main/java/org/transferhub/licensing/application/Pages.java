package org.transferhub.licensing.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.transferhub.spi.Page;

/** Cursor paging by id: the query selects rows with {@code id > :after} ordered by id. */
final class Pages {

    private Pages() {}

    static <T> Page<T> after(
            EntityManager em,
            String jpql,
            Class<T> type,
            Map<String, Object> parameters,
            Function<T, UUID> id,
            int limit,
            UUID after) {
        TypedQuery<T> q = em.createQuery(jpql, type).setParameter("after", after == null ? new UUID(0, 0) : after);
        parameters.forEach(q::setParameter);
        List<T> rows = q.setMaxResults(limit + 1).getResultList();
        boolean hasMore = rows.size() > limit;
        List<T> page = hasMore ? rows.subList(0, limit) : rows;
        return new Page<>(page, hasMore ? id.apply(page.get(page.size() - 1)).toString() : null);
    }
}
