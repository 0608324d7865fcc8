package org.transferhub.spi.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.transferhub.spi.Page;

/**
 * The region's event log at the hub: plugins append what they recorded, readers page through it in
 * order with the sequence of the last event they saw.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface EventLog {

    /** How many of the sent events were new; the others were in the log already. */
    record Appended(int added, int known) {}

    /** Appends a plugin's own events, each once: an id already in the log is skipped, so a relay may resend. */
    @POST
    @Path("events")
    Appended append(
            @NotNull(message = "Send a JSON array of events.") @NotEmpty @Size(max = 100)
                    List<@NotNull @Valid HubEvent> events);

    /**
     * Events in the order the log received them.
     *
     * @param after the {@code nextCursor} of the previous page: the last sequence seen; from the start when absent
     * @param type only events of this type
     */
    @GET
    @Path("events")
    Page<HubEvent> events(
            @QueryParam("after") @Pattern(regexp = "[0-9]{1,18}", message = "is not a cursor this API returned")
                    String after,
            @QueryParam("type") @Size(max = 100) String type,
            @QueryParam("limit")
                    @DefaultValue("100")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 500, message = "must be at most 500")
                    int limit);
}
