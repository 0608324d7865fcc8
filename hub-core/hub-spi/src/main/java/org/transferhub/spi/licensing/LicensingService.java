package org.transferhub.spi.licensing;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.transferhub.spi.Spi;

/** Licences granted in the region, as other services see them. */
@Spi(name = "licensing", version = "0.1")
@Produces(MediaType.APPLICATION_JSON)
public interface LicensingService {

    @GET
    @Path("licences/{id}")
    LicenceSummary licence(@PathParam("id") @NotNull UUID id);
}
