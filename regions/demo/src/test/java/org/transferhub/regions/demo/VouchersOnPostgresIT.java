package org.transferhub.regions.demo;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.transferhub.ops.RegionOptions;
import org.transferhub.ops.RegionProcess;
import org.transferhub.testkit.RegionClient;
import org.transferhub.testkit.TestDatabases;
import org.transferhub.testkit.VoucherServiceConformance;

/**
 * The vouchers REST flows of {@link RegionIT} again, on PostgreSQL: the demo region's
 * configuration with the hub and the vouchers plugin, started by the launcher on a database made
 * for this test and dropped after it. Row locks, idempotency records and the ledger behave alike
 * on both databases only if both are tried.
 */
class VouchersOnPostgresIT {

    private static final int PORT = Integer.parseInt(System.getProperty("it.port", "18181")) + 3;
    private static final RegionClient HTTP = new RegionClient(URI.create("http://127.0.0.1:" + PORT));

    private static TestDatabases.Postgres db;
    private static RegionProcess region;

    @BeforeAll
    static void start() throws Exception {
        db = TestDatabases.postgres();
        Path dir = TestRegions.make(
                "vouchers-pg",
                Files.readString(Path.of("region.properties"))
                        + """
                        transferhub.region.heartbeat=PT2S
                        transferhub.vouchers.hold.timeout=PT5S
                        transferhub.vouchers.expiry.interval=PT1S
                        transferhub.vouchers.settlement.period=PT2S
                        """,
                List.of("hub.war", "ROOT.war", "vouchers.war"));
        region = RegionProcess.start(
                new RegionOptions(dir, PORT, dir.resolve("data"), new RegionOptions.Postgres(db.url(), db.user(), "")));
        HTTP.await(
                "/hub/api/plugins",
                a -> a.status() == 200
                        && a.body().contains("\"id\":\"vouchers\"")
                        && a.body().contains("\"UP\""),
                Duration.ofSeconds(90));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (region != null) {
                region.stop();
            }
        } finally {
            if (db != null) {
                db.close();
            }
        }
    }

    @Test
    void fromBudgetToPayment() throws Exception {
        VouchersFlow.fromBudgetToPayment(HTTP);
    }

    @Test
    void aVoucherHoldHonoursItsIdempotencyKeySequentiallyAndConcurrently() throws Exception {
        VouchersFlow.oneKeyHoldsOnce(HTTP);
    }

    @Test
    void fiftyParallelHoldsOnAVoucherWithRoomForThree() throws Exception {
        VouchersFlow.fiftyHoldsOnRoomForThree(HTTP);
    }

    @TestFactory
    Stream<DynamicTest> theVoucherServiceConformanceSuite() {
        VouchersFlow.Granted granted = VouchersFlow.grantedVoucher(HTTP, 100_000);
        return VoucherServiceConformance.checks(
                HTTP, "vouchers", HTTP.signIn("provider"), granted.providerId(), HTTP.signIn("holder"), granted.code());
    }
}
