package org.transferhub.spi.voucher;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.transferhub.spi.Spi;

/** Pays a share of a service bill from a holder's voucher, in two phases: hold, then capture or void. */
@Spi(name = "vouchers", version = "0.1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface VoucherService {

    String CODE_PATTERN = "[A-Z0-9-]{6,40}";

    /** What the voucher would pay and what the holder pays, without holding anything. */
    @POST
    @Path("quotes")
    Quote quote(@NotNull(message = "A quote request is required.") @Valid RedemptionRequest request);

    /** The voucher's balance and deadlines. */
    @GET
    @Path("vouchers/{code}/balance")
    VoucherBalance balance(
            @PathParam("code") @Pattern(regexp = CODE_PATTERN, message = "is not a voucher code") String code);

    /** Holds the voucher's share of an order; the hold times out unless captured. */
    @POST
    @Path("holds")
    Hold hold(@NotNull(message = "A hold request is required.") @Valid RedemptionRequest request);

    /** Turns a hold into a payment owed to the provider. */
    @POST
    @Path("holds/{id}/capture")
    Hold capture(@PathParam("id") @NotNull UUID holdId);

    /** Releases a hold; the held amount returns to the voucher. */
    @POST
    @Path("holds/{id}/void")
    Hold voidHold(@PathParam("id") @NotNull UUID holdId);
}
