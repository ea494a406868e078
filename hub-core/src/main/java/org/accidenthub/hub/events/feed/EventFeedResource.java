package org.accidenthub.hub.events.feed;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.accidenthub.hub.security.CurrentCaller;
import org.accidenthub.hub.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pull feed: case events for partners that neither consume Kafka nor host a webhook (docs/EVENTS.md). */
@Path("/api/v1/events")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.POLICE, Roles.INSURER, Roles.MEDIATOR, Roles.JUDGE, Roles.ARBITRATOR, Roles.PARTY })
public class EventFeedResource {

    private final EventFeed feed;
    private final CurrentCaller caller;

    EventFeedResource(EventFeed feed, CurrentCaller caller) {
        this.feed = feed;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Read the events of the caller's cases after a cursor, oldest first",
            description = "Each item carries the canonical record as JSON and its own cursor. Ask again with"
                    + " 'next'; with wait=N the request waits up to N seconds (at most 30) for an event.")
    @APIResponse(responseCode = "200", description = "a page of events and the cursor to continue from")
    @APIResponse(responseCode = "400", description = "a malformed cursor, limit or wait")
    public Uni<FeedPage> read(
            @Parameter(description = "a cursor from an earlier answer ('next' or an item's 'cursor'); absent: from the start")
            @QueryParam("after") String after,
            @Parameter(description = "events per page, 1 to 500 (default 100; more is capped at 500)")
            @QueryParam("limit") String limit,
            @Parameter(description = "seconds to wait for an event when none is there yet, 0 to 30 (default 0)")
            @QueryParam("wait") String wait) {
        FeedRequest request = FeedRequest.parse(after, limit, wait);
        return feed.read(request, caller.get());
    }
}
