package org.transferhub.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.transferhub.kernel.config.RegionSettings;
import org.transferhub.kernel.security.RegionKeys;
import org.transferhub.kernel.security.TokenSigner;

/**
 * Tokens a test signs itself with a region's key: for roles no demo user has, another region's
 * claim, an expired token, a service token of a plugin.
 */
public final class RegionTokens {

    private final TokenSigner signer;

    /** @param keyDirectory the region's key directory ({@code <data.dir>/keys}) */
    public RegionTokens(Path keyDirectory, String regionId) {
        this.signer = new TokenSigner(RegionKeys.at(keyDirectory).privateKey(), RegionSettings.issuer(regionId));
    }

    public String sign(String subject, List<String> roles, String region, Duration lifetime) {
        return signer.sign(subject, roles, region, lifetime).token();
    }
}
