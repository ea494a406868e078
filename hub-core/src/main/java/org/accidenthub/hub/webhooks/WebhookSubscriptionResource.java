package org.accidenthub.hub.webhooks;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.accidenthub.hub.cases.Page;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.CurrentCaller;
import org.accidenthub.hub.security.OrgType;
import org.accidenthub.hub.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Webhook subscriptions of the caller's organisation (police units and insurers, the organisations
 * whose systems take part now): signed, retried deliveries of their own cases' events (docs/EVENTS.md).
 */
@Path("/api/v1/webhooks/subscriptions")
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.POLICE, Roles.INSURER })
public class WebhookSubscriptionResource {

    private final WebhookSubscriptions subscriptions;
    private final WebhookReplays replays;
    private final CurrentCaller caller;

    WebhookSubscriptionResource(WebhookSubscriptions subscriptions, WebhookReplays replays, CurrentCaller caller) {
        this.subscriptions = subscriptions;
        this.replays = replays;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe an endpoint to event types of the organisation's cases",
            description = "The answer carries the signing secret; it is shown this once.")
    @APIResponse(responseCode = "201", description = "the subscription, with its secret")
    @APIResponse(responseCode = "422", description = "every problem of the request (URL, event types, description)")
    public Uni<Response> create(SubscriptionRequest request) {
        return subscriptions.create(organisation(), request).map(created -> Response
                .created(URI.create("/api/v1/webhooks/subscriptions/" + created.id())).entity(created).build());
    }

    @GET
    @Operation(summary = "List the organisation's subscriptions (without secrets)")
    public Uni<Page<SubscriptionView>> list() {
        return subscriptions.list(organisation());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one of the organisation's subscriptions")
    @APIResponse(responseCode = "404", description = "no such subscription, or another organisation's")
    public Uni<SubscriptionView> read(@PathParam("id") String id) {
        return subscriptions.find(organisation(), parse(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a subscription and its deliveries")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "404", description = "no such subscription, or another organisation's")
    public Uni<Response> delete(@PathParam("id") String id) {
        return subscriptions.delete(organisation(), parse(id)).replaceWith(Response.noContent().build());
    }

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Deliver events again, in order: one case from a sequence number, or all after a cursor",
            description = "caseId + fromSequence, or after=<cursor>. At most hub.webhooks.replay-limit events per"
                    + " call; 'next' says where to continue.")
    @APIResponse(responseCode = "202", description = "the deliveries are re-armed")
    @APIResponse(responseCode = "400", description = "neither or both forms, or malformed values")
    public Uni<Response> replay(@PathParam("id") String id, @QueryParam("caseId") String caseId,
            @QueryParam("fromSequence") String fromSequence, @QueryParam("after") String after) {
        ReplayRequest request = ReplayRequest.parse(caseId, fromSequence, after);
        return replays.replay(organisation(), parse(id), request)
                .map(result -> Response.accepted(result).build());
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "List a subscription's deliveries, newest first; status=DEAD lists the dead letters")
    public Uni<Page<DeliveryView>> deliveries(@PathParam("id") String id, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        DeliveryQuery query = DeliveryQuery.parse(status, page, size);
        return subscriptions.deliveries(organisation(), parse(id), query.status(), query.page(), query.size());
    }

    /** Subscriptions belong to organisations whose systems act for them: police units and insurers. */
    private Caller organisation() {
        Caller current = caller.get();
        if (!current.actsAs(Roles.POLICE, OrgType.POLICE) && !current.actsAs(Roles.INSURER, OrgType.INSURER)) {
            throw ProblemException.forbidden("webhooks are for police units and insurers");
        }
        return current;
    }

    /** A malformed id names no subscription: 404, like any other unknown id. */
    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException malformed) {
            throw ProblemException.notFound("no subscription " + id);
        }
    }
}
