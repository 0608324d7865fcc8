package org.transferhub.regions.demo.probe;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.transferhub.spi.Spi;

/** An SPI that no plugin of the demo region provides. */
@Spi(name = "probe", version = "1.0")
public interface ProbeService {

    @GET
    @Path("ping")
    String ping();
}
