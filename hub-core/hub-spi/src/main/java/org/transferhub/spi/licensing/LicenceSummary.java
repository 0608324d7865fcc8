package org.transferhub.spi.licensing;

import java.time.LocalDate;
import java.util.UUID;

/** A licence on a patent, granted to a licensee. */
public record LicenceSummary(
        UUID id,
        String patentNumber,
        String licensee,
        LicenceKind kind,
        LicenceStatus status,
        UUID brokerId,
        LocalDate startsOn) {

    public enum LicenceKind {
        /** 专利开放许可: published standard terms, equal for every licensee. */
        OPEN_LICENCE,
        /** 先使用后付费: a free trial, then royalties or walk away. */
        PAY_AFTER_USE
    }

    public enum LicenceStatus {
        TRIAL,
        ACTIVE,
        WALKED_AWAY,
        ENDED
    }
}
