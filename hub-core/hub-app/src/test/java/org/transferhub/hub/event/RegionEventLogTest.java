package org.transferhub.hub.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.transferhub.spi.Page;
import org.transferhub.spi.event.EventLog.Appended;
import org.transferhub.spi.event.HubEvent;
import org.transferhub.testkit.ScenarioDatabase;

/** The region's event log on H2 and PostgreSQL: each event once, in the order received, paged by sequence. */
class RegionEventLogTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path h2Dir;

    private ScenarioDatabase db;

    @AfterEach
    void close() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    private static HubEvent event(String type, String subject) {
        return new HubEvent(UUID.randomUUID(), null, "vouchers", type, subject, CLOCK.instant(), Map.of("k", "v"));
    }

    @ParameterizedTest
    @EnumSource(ScenarioDatabase.Kind.class)
    void eachEventOnceInTheOrderReceivedPagedBySequence(ScenarioDatabase.Kind kind) {
        db = ScenarioDatabase.open(kind, h2Dir, "hub", "hub-test");
        HubEvent a = event("vouchers.service-delivered", "user:provider");
        HubEvent b = event("vouchers.voucher-issued", "user:holder");
        HubEvent c = event("vouchers.service-delivered", "user:lab");
        assertEquals(new Appended(2, 0), db.inTransaction(em -> new RegionEventLog(em, CLOCK).append(List.of(a, b))));
        assertEquals(
                new Appended(1, 2),
                db.inTransaction(em -> new RegionEventLog(em, CLOCK).append(List.of(b, c, a))),
                "a relay resending after a crash adds only what is new");

        Page<HubEvent> all = db.inTransaction(em -> new RegionEventLog(em, CLOCK).events(0, null, 10));
        assertEquals(
                List.of(a.id(), b.id(), c.id()),
                all.items().stream().map(HubEvent::id).toList());
        assertEquals(
                List.of(1L, 2L, 3L),
                all.items().stream().map(HubEvent::sequence).toList());
        assertEquals(Map.of("k", "v"), all.items().get(0).data());
        assertNull(all.nextCursor());

        Page<HubEvent> first = db.inTransaction(em -> new RegionEventLog(em, CLOCK).events(0, null, 2));
        assertEquals("2", first.nextCursor());
        assertEquals(
                List.of(c.id()),
                db.inTransaction(em -> new RegionEventLog(em, CLOCK).events(2, null, 2)).items().stream()
                        .map(HubEvent::id)
                        .toList());
        assertEquals(
                List.of(a.id(), c.id()),
                db
                        .inTransaction(em -> new RegionEventLog(em, CLOCK).events(0, "vouchers.service-delivered", 10))
                        .items()
                        .stream()
                        .map(HubEvent::id)
                        .toList());
    }
}
