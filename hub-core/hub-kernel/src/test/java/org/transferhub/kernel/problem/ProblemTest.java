package org.transferhub.kernel.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void writesRfc9457MembersAndFieldErrors() {
        JsonObject json = new Problem(
                        ProblemType.VALIDATION_FAILED,
                        "Fix 'body.name': must not be blank.",
                        "/hello/api/greetings",
                        List.of(new Problem.FieldError("body.name", "must not be blank")))
                .toJson();
        assertEquals("urn:transferhub:problem:validation-failed", json.getString("type"));
        assertEquals(400, json.getInt("status"));
        assertEquals("Some fields are not valid", json.getString("title"));
        assertEquals("/hello/api/greetings", json.getString("instance"));
        assertEquals("body.name", json.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void leavesOutWhatIsNotKnown() {
        JsonObject json = new Problem(ProblemType.NOT_FOUND, null, null).toJson();
        assertFalse(json.containsKey("detail"));
        assertFalse(json.containsKey("errors"));
    }

    @Test
    void everyStatusHasAStableKind() {
        assertEquals(ProblemType.METHOD_NOT_ALLOWED, ProblemType.forStatus(405));
        assertEquals(ProblemType.SERVER_ERROR, ProblemType.forStatus(502));
        assertEquals(
                "urn:transferhub:problem:vouchers:insufficient-balance",
                ProblemType.custom("vouchers", "insufficient-balance", 422, "Insufficient balance")
                        .type()
                        .toString());
    }
}
