package org.transferhub.vouchers.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.transferhub.kernel.problem.Problem;
import org.transferhub.kernel.problem.ProblemType;
import org.transferhub.vouchers.application.VoucherRefused;

/**
 * A refusal of the voucher rules as a problem of its own kind,
 * {@code urn:transferhub:problem:vouchers:<reason>}: 404 for what does not exist, 403 for acting
 * for another's provider or approving one's own settlement, 400 for a period label that names
 * none, 409 for what can no longer change or
 * was done already, 422 for the rest.
 */
@Provider
public class VoucherRefusedMapper implements ExceptionMapper<VoucherRefused> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(VoucherRefused e) {
        int status =
                switch (e.reason()) {
                    case UNKNOWN_PROGRAMME,
                            UNKNOWN_VOUCHER,
                            UNKNOWN_HOLD,
                            UNKNOWN_PROVIDER,
                            UNKNOWN_SETTLEMENT,
                            UNKNOWN_APPLICATION -> 404;
                    case NOT_YOUR_PROVIDER, FOUR_EYES -> 403;
                    case INVALID_PERIOD -> 400;
                    case HOLD_NOT_OPEN, ALREADY_DONE, NOT_APPROVED, WRONG_ALLOCATION, NOT_REVERSIBLE -> 409;
                    default -> 422;
                };
        String slug = e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
        ProblemType type = ProblemType.custom(
                "vouchers",
                slug,
                status,
                e.reason().name().charAt(0)
                        + e.reason()
                                .name()
                                .substring(1)
                                .toLowerCase(Locale.ROOT)
                                .replace('_', ' '));
        return new Problem(type, e.getMessage(), uri.getRequestUri().getRawPath()).toResponse();
    }
}
