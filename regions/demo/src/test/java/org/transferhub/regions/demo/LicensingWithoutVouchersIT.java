package org.transferhub.regions.demo;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transferhub.ops.RegionOptions;
import org.transferhub.ops.RegionProcess;
import org.transferhub.testkit.RegionClient;

/** A region that takes vouchers for royalties but runs no vouchers plugin says so clearly when a licensee tries. */
class LicensingWithoutVouchersIT {

    private static final int PORT = Integer.parseInt(System.getProperty("it.port", "18181")) + 2;

    @Test
    void payingWithAVoucherIsAClearErrorWhenTheRegionHasNoVoucherService() throws Exception {
        var dir = TestRegions.make(
                "no-vouchers-region",
                """
                transferhub.region.id=demo
                transferhub.region.demo.data=true
                transferhub.region.heartbeat=PT5S
                transferhub.licensing.vouchers.accepted=true
                transferhub.hub.users.operator.password=operator
                transferhub.hub.users.operator.roles=operator
                transferhub.hub.users.holder.password=holder
                transferhub.hub.users.holder.roles=holder
                """,
                List.of("ROOT.war", "hub.war", "licensing.war"));
        try (RegionProcess region =
                RegionProcess.start(new RegionOptions(dir, PORT, dir.resolve("data"), new RegionOptions.H2()))) {
            RegionClient http = new RegionClient(region.baseUrl());
            http.await(
                    "/hub/api/plugins",
                    a -> a.status() == 200
                            && a.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                                    .anyMatch(p -> p.getString("id").equals("licensing")
                                            && p.getString("status").equals("UP")),
                    Duration.ofSeconds(90));
            LicensingFlow.withoutVoucherService(http);
        }
    }
}
