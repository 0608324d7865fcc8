package org.transferhub.talent.application;

import org.transferhub.kernel.problem.ProblemType;
import org.transferhub.kernel.problem.Refusal;

/** The registry's refusals, as problems of their own kind {@code urn:transferhub:problem:talent:<slug>}. Nothing was changed. */
public final class TalentProblems {

    private TalentProblems() {}

    public static Refusal unknownManager(Object id) {
        return refused("unknown-manager", 404, "No such manager", "There is no manager " + id + ".");
    }

    public static Refusal unknownApplication(Object id) {
        return refused(
                "unknown-application", 404, "No such application", "There is no certification application " + id + ".");
    }

    public static Refusal unknownAssignment(Object id) {
        return refused("unknown-assignment", 404, "No such assignment", "There is no assignment " + id + ".");
    }

    public static Refusal notYours(String user) {
        return refused("not-your-profile", 403, "Not your profile", user + " acts only for their own manager profile.");
    }

    public static Refusal alreadyDone(String detail) {
        return refused("already-done", 409, "Already done", detail);
    }

    public static Refusal notEnough(String detail) {
        return refused("not-enough-hours", 422, "Not enough hours or credits", detail);
    }

    public static Refusal notCertified(String detail) {
        return refused("not-certified", 409, "Not certified", detail);
    }

    public static Refusal noManager(String detail) {
        return refused("no-manager-available", 422, "No manager available", detail);
    }

    private static Refusal refused(String slug, int status, String title, String detail) {
        return new Refusal(ProblemType.custom("talent", slug, status, title), detail);
    }
}
