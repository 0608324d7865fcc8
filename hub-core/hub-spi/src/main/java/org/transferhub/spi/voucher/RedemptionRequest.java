package org.transferhub.spi.voucher;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.transferhub.spi.money.Money;

/**
 * A provider's order to be paid partly by a voucher.
 *
 * @param voucherCode the code the holder shows
 * @param providerId the registered service provider
 * @param orderReference the provider's own order number
 * @param price the full price of the service
 */
public record RedemptionRequest(
        @NotBlank @Pattern(regexp = VoucherService.CODE_PATTERN, message = "is not a voucher code") String voucherCode,
        @NotNull UUID providerId,
        @NotBlank @Size(max = 64) String orderReference,
        @NotNull @Valid Money price) {}
