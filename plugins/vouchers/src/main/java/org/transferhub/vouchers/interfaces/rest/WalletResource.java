package org.transferhub.vouchers.interfaces.rest;

import io.nayuki.qrcodegen.QrCode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.transferhub.kernel.security.Roles;
import org.transferhub.spi.Page;
import org.transferhub.spi.money.Money;
import org.transferhub.spi.voucher.VoucherService;
import org.transferhub.vouchers.application.Paging;
import org.transferhub.vouchers.application.VoucherRefused;
import org.transferhub.vouchers.domain.voucher.Voucher;

/**
 * A holder's wallet: their vouchers with balances and deadlines, each voucher's history of
 * redemptions, and its code as a QR code to show a provider.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WalletResource {

    @Inject
    VouchersBackend backend;

    @Inject
    JsonWebToken caller;

    /** A voucher in its holder's wallet; {@code usable} is whether a provider can redeem it today. */
    public record WalletVoucher(
            String code,
            UUID programmeId,
            String programmeName,
            Money amount,
            Money available,
            Money held,
            LocalDate useBy,
            LocalDate redeemBy,
            boolean usable) {}

    /** The caller's vouchers, the latest redemption deadline first. */
    @GET
    @Path("vouchers/mine")
    @Transactional
    @RolesAllowed(Roles.HOLDER)
    public Page<WalletVoucher> mine(
            @QueryParam("limit")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100, message = "must be at most 100")
                    int limit,
            @QueryParam("cursor") @Size(max = 100, message = "is not a cursor this API returned") String cursor) {
        var vouchers = backend.vouchers();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<UUID, String> names = new HashMap<>();
        Page<Voucher> page = Paging.page(vouchers.vouchersOf(caller.getName()), Voucher::code, limit, cursor);
        return new Page<>(
                page.items().stream()
                        .map(v -> new WalletVoucher(
                                v.code(),
                                v.programmeId(),
                                names.computeIfAbsent(v.programmeId(), id -> vouchers.programme(id)
                                        .name()),
                                Money.of(v.amount(), v.currency()),
                                Money.of(v.available(), v.currency()),
                                Money.of(v.held(), v.currency()),
                                v.useBy(),
                                v.redeemBy(),
                                v.usableOn(today)))
                        .toList(),
                page.nextCursor());
    }

    /** A voucher's redemptions, newest first: to its holder, and to operators. */
    @GET
    @Path("vouchers/{code}/history")
    @Transactional
    @RolesAllowed({Roles.HOLDER, Roles.OPERATOR})
    public Page<HoldLine> history(
            @PathParam("code") @Pattern(regexp = VoucherService.CODE_PATTERN, message = "is not a voucher code")
                    String code,
            @QueryParam("limit")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100, message = "must be at most 100")
                    int limit,
            @QueryParam("cursor") @Size(max = 100, message = "is not a cursor this API returned") String cursor) {
        Voucher v = own(code, caller.getGroups().contains(Roles.OPERATOR));
        var providers = backend.providers();
        Map<UUID, String> names = new HashMap<>();
        var page = Paging.page(backend.vouchers().holdsOn(v.code()), h -> h.id().toString(), limit, cursor);
        return new Page<>(
                page.items().stream()
                        .map(h -> HoldLine.of(h, v.currency(), names.computeIfAbsent(h.providerId(), id -> providers
                                .provider(id)
                                .name())))
                        .toList(),
                page.nextCursor());
    }

    /**
     * The voucher's code as a QR code (SVG) for its holder to show a provider, who reads the code
     * from it. Drawn by Nayuki's qrcodegen: a QR encoder is easy to get subtly wrong, and that
     * library is small, dependency-free and kept to the standard.
     */
    @GET
    @Path("vouchers/{code}/qr")
    @Produces("image/svg+xml")
    @Transactional
    @RolesAllowed(Roles.HOLDER)
    public Response qr(
            @PathParam("code") @Pattern(regexp = VoucherService.CODE_PATTERN, message = "is not a voucher code")
                    String code) {
        Voucher v = own(code, false);
        return Response.ok(
                        svg(QrCode.encodeText(v.code(), QrCode.Ecc.MEDIUM), v.code()), "image/svg+xml; charset=UTF-8")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** The voucher, when the caller holds it (or is an operator); another's is answered as unknown. */
    private Voucher own(String code, boolean operator) {
        Voucher v = backend.vouchers().voucher(code, LockModeType.NONE);
        if (!operator && !v.holder().equals(caller.getName())) {
            throw new VoucherRefused(VoucherRefused.Reason.UNKNOWN_VOUCHER, "There is no voucher " + code + ".");
        }
        return v;
    }

    /** The QR code's dark modules as one SVG path, with the standard four-module quiet zone. */
    static String svg(QrCode qr, String label) {
        int border = 4;
        int size = qr.size + 2 * border;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M')
                            .append(x + border)
                            .append(',')
                            .append(y + border)
                            .append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"" + StatementPage.esc(label) + "\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }
}
