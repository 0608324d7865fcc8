package org.transferhub.vouchers.application;

import java.util.List;
import java.util.function.Function;
import org.transferhub.spi.Page;

/**
 * One page of a list already in its order (newest first, say): the cursor is the id of the last
 * row of the previous page, so a page does not shift when rows are added before it.
 */
public final class Paging {

    private Paging() {}

    /**
     * @param after the id of the previous page's last row, or null for the first page; an id that
     *     is not in the list starts at the beginning
     */
    public static <T> Page<T> page(List<T> ordered, Function<T, String> id, int limit, String after) {
        int from = 0;
        if (after != null) {
            for (int i = 0; i < ordered.size(); i++) {
                if (id.apply(ordered.get(i)).equals(after)) {
                    from = i + 1;
                    break;
                }
            }
        }
        int to = Math.min(ordered.size(), from + limit);
        List<T> rows = ordered.subList(from, to);
        return new Page<>(rows, to < ordered.size() ? id.apply(rows.get(rows.size() - 1)) : null);
    }
}
