package org.transferhub.spi;

import java.util.List;

/**
 * One page of a list. Every list in TransferHub is paged the same way: {@code ?limit=&cursor=},
 * a stable order, and {@code nextCursor} to pass for the next page ({@code null} on the last).
 */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }
}
