package org.transferhub.ops.bench.plugin;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.transferhub.spi.Spi;

/** An SPI that does nothing but answer: calling it measures the call. */
@Spi(name = "benchecho", version = "1.0")
public interface EchoService {

    @GET
    @Path("echo")
    @Produces(MediaType.TEXT_PLAIN)
    String echo(@QueryParam("text") String text);
}
