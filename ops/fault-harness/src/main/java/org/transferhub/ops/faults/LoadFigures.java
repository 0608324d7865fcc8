package org.transferhub.ops.faults;

import java.util.List;
import java.util.SortedMap;
import org.transferhub.ops.workload.ConservationAudit;
import org.transferhub.ops.workload.LoadRunner;

/**
 * The counts of a fault run under load: what the clients saw, what the oracle found, the audit.
 *
 * @param run the run's name
 * @param load the clients' figures
 * @param retriedAnswers what made requests go again, with how often
 * @param oracle the acknowledged operations against the database
 * @param audit the conservation audit after the run
 * @param survived the run's own condition (the region recovered in the same process...), or null
 *     when it has none
 */
record LoadFigures(
        String run,
        LoadRunner.Result load,
        SortedMap<String, Long> retriedAnswers,
        Oracle oracle,
        ConservationAudit audit,
        String survived,
        boolean survivedOk) {

    /** Nothing lost, duplicated, refused or given up; the books balanced; the run's own condition met. */
    boolean passed() {
        return oracle.lost() == 0
                && oracle.duplicated() == 0
                && load.refused() == 0
                && load.gaveUp() == 0
                && audit.balanced()
                && survivedOk;
    }

    List<String> notes() {
        List<String> notes = new java.util.ArrayList<>(oracle.examples());
        notes.addAll(load.failures());
        return notes;
    }
}
