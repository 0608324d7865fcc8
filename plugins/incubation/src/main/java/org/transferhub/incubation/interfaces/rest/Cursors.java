package org.transferhub.incubation.interfaces.rest;

import java.util.List;
import java.util.UUID;
import org.transferhub.kernel.problem.Problem;
import org.transferhub.kernel.problem.ProblemException;
import org.transferhub.kernel.problem.ProblemType;

/** The plugin's lists page by id: a cursor is the last id of the previous page. */
final class Cursors {

    private Cursors() {}

    /** The cursor as an id; null when absent; anything else than a cursor of the list is a 400 naming it. */
    static UUID after(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            return UUID.fromString(cursor);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "The cursor is the nextCursor of the previous page.",
                    List.of(new Problem.FieldError("cursor", "is not a cursor of this list")));
        }
    }
}
