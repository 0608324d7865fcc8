package org.transferhub.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.transferhub.kernel.directory.RemoteServices;
import org.transferhub.kernel.directory.Services;
import org.transferhub.kernel.problem.ProblemException;
import org.transferhub.kernel.problem.ProblemType;
import org.transferhub.licensing.application.VoucherPayments;
import org.transferhub.spi.directory.PluginEntry;
import org.transferhub.spi.voucher.Hold;
import org.transferhub.spi.voucher.RedemptionRequest;
import org.transferhub.spi.voucher.VoucherService;

/**
 * Voucher payments through the region's {@link VoucherService}. The voucher's balance is read
 * with the licensee's own token, so the vouchers plugin answers only for the licensee's own
 * voucher; the hold and its capture are the licensing plugin's own (its service token), acting
 * for the licensor's provider. A region without a voucher service is a 503 that says so.
 */
@ApplicationScoped
public class RegionVoucherPayments implements VoucherPayments {

    private static final Logger LOG = Logger.getLogger(RegionVoucherPayments.class.getName());

    @Inject
    Services services;

    @Inject
    RemoteServices remote;

    @Override
    public Hold pay(RedemptionRequest order) {
        PluginEntry provider = services.provider(VoucherService.class)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.SERVICE_UNAVAILABLE,
                        services.missing(VoucherService.class) + " Until then, pay royalties by transfer."));
        URI api = URI.create(provider.baseUrl() + "/api");
        remote.proxy(VoucherService.class, api, provider.id(), false).balance(order.voucherCode());
        VoucherService office = remote.proxy(VoucherService.class, api, provider.id(), true);
        Hold held = office.hold(order);
        try {
            return office.capture(held.id());
        } catch (RuntimeException e) {
            try {
                office.voidHold(held.id());
            } catch (RuntimeException stillHeld) {
                // The hold times out by itself; the vouchers plugin releases it.
                LOG.log(Level.WARNING, "Could not void hold " + held.id() + " after a failed capture", stillHeld);
            }
            throw e;
        }
    }
}
