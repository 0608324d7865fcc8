package org.transferhub.ops.workload;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.util.List;

/**
 * The vouchers ledger's conservation audit ({@code GET /vouchers/api/audit}, docs/vouchers.md
 * "The audit") as a pass or a fail with its figures.
 *
 * @param balanced whether the audit found no problem
 * @param problems each problem the audit named
 * @param journals how many journals the ledger holds
 * @param currencies the conservation figures per currency, as the audit answered them
 */
public record ConservationAudit(boolean balanced, List<String> problems, long journals, JsonObject currencies) {

    public static ConservationAudit read(RegionHttp http, String operatorToken)
            throws IOException, InterruptedException {
        RegionHttp.Answer a = http.send("GET", "/vouchers/api/audit", operatorToken, null, null);
        if (a.status() != 200) {
            throw new IllegalStateException("The audit answered " + a.status() + " " + a.body());
        }
        JsonObject o = a.json();
        return new ConservationAudit(
                o.getBoolean("balanced"),
                o.getJsonArray("problems").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList(),
                o.getJsonNumber("journals").longValue(),
                o.getJsonObject("currencies"));
    }

    /** One line: "balanced" or "NOT balanced", the journals and each currency's figures. */
    @Override
    public String toString() {
        return (balanced ? "balanced" : "NOT balanced: " + problems) + ", " + journals + " journals, " + currencies;
    }
}
