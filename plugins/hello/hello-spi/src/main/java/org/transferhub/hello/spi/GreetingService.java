package org.transferhub.hello.spi;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.transferhub.spi.Page;
import org.transferhub.spi.Spi;

/** Greets people in Chinese or English and keeps every greeting. */
@Spi(name = "hello", version = "1.0")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface GreetingService {

    /**
     * Greets someone and records the greeting. Send an {@code Idempotency-Key} header to make
     * retries safe: a repeat answers the first greeting again instead of greeting twice.
     */
    @POST
    @Path("greetings")
    Greeting greet(
            @NotNull(message = "Send {\"name\": ..., \"language\": \"zh-CN\" or \"en\"}.") @Valid
                    GreetingRequest request);

    @GET
    @Path("greetings/{id}")
    Greeting greeting(@PathParam("id") @NotNull UUID id);

    /** Greetings ordered by id. */
    @GET
    @Path("greetings")
    Page<Greeting> greetings(
            @QueryParam("limit")
                    @DefaultValue("20")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100, message = "must be at most 100")
                    int limit,
            @QueryParam("cursor")
                    @Pattern(
                            regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                            message = "is not a cursor this API returned")
                    String cursor);
}
