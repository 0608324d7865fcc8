package org.transferhub.spi.voucher.eligibility;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an applicant for a voucher states about themselves.
 *
 * @param holderType an SME or a citizen
 * @param registeredRegion the region id where the applicant is registered
 * @param industry the applicant's industry (for a citizen: their field)
 * @param employees the company's head count; 0 for a citizen
 */
public record Applicant(
        @NotNull HolderType holderType,
        @NotBlank @Size(max = 31) String registeredRegion,
        @NotBlank @Size(max = 100) String industry,
        @Min(value = 0, message = "must not be negative") @Max(value = 10_000_000, message = "is not a head count")
                int employees) {

    /** Who holds vouchers. */
    public enum HolderType {
        SME,
        CITIZEN
    }
}
