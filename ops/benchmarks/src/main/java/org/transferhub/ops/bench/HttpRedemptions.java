package org.transferhub.ops.bench;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.transferhub.ops.workload.ConservationAudit;
import org.transferhub.ops.workload.Operation;
import org.transferhub.ops.workload.Redeemer;
import org.transferhub.ops.workload.RegionHttp;
import org.transferhub.ops.workload.VoucherWorkload;

/**
 * The redemption path over HTTP, as the shared workload ({@code ops/workload}) drives it: a hold,
 * then its capture, each with a provider's token and its own {@code Idempotency-Key}, on a voucher
 * per client. {@link LoadRun} times it exactly as it times the raw JDBC equivalent.
 */
final class HttpRedemptions {

    /** The price of one order: the voucher pays half, {@link RawRedemptions#SHARE}. */
    private static final long PRICE = 2 * RawRedemptions.SHARE;

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final VoucherWorkload workload;
    private final Redeemer redeemer;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong operations = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();

    private HttpRedemptions(VoucherWorkload workload) {
        this.workload = workload;
        this.redeemer = new Redeemer(workload, TIMEOUT);
    }

    /** A programme, an admitted provider and {@code vouchers} vouchers, each enough for a whole run. */
    static HttpRedemptions setUp(URI region, int vouchers) throws IOException, InterruptedException {
        return new HttpRedemptions(VoucherWorkload.prepare(new RegionHttp(region, TIMEOUT), vouchers, 10_000_000));
    }

    /** Client {@code i}'s operation: a hold on voucher {@code i} and its capture. */
    LoadRun.Operation client(int i) {
        String code = workload.voucherCodes().get(i);
        return () -> {
            Redeemer.Outcome o = redeemer.redeem(new Operation(run + "-" + operations.incrementAndGet(), code, PRICE));
            retries.addAndGet(o.retries());
            if (o.result() != Redeemer.Result.ACKNOWLEDGED) {
                throw new IllegalStateException(o.result() + ": " + o.last());
            }
        };
    }

    /** Requests the workload sent again (a 409 conflict, a 5xx or no answer): 0 on a healthy run. */
    long retries() {
        return retries.get();
    }

    /** The region's ledger audit ({@code GET /vouchers/api/audit}). */
    ConservationAudit audit() throws IOException, InterruptedException {
        return ConservationAudit.read(workload.http(), workload.http().signIn("operator"));
    }
}
