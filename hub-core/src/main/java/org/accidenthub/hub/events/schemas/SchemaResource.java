package org.accidenthub.hub.events.schemas;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.cases.Page;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The canonical Avro schemas by fingerprint, so that any Avro consumer can decode what it receives
 * without the schemas jar. Not secret (the jar is public), but like every endpoint of the API it needs a
 * token of the hub (any role): the hub does not answer strangers.
 */
@Path("/api/v1/schemas")
@Tag(name = "Events")
@RolesAllowed({ Roles.POLICE, Roles.INSURER, Roles.MEDIATOR, Roles.JUDGE, Roles.ARBITRATOR, Roles.PARTY,
        Roles.ADMIN })
public class SchemaResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List every released version of the canonical schemas with its fingerprint")
    public Page<SchemaVersion> list() {
        List<SchemaVersion> versions = SchemaCatalog.versions();
        return new Page<>(versions, 0, versions.size(), versions.size());
    }

    @GET
    @Path("/{fingerprint}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read the Avro schema (JSON) with this fingerprint (16 hex digits)")
    @APIResponse(responseCode = "200", description = "the schema, as Avro JSON")
    @APIResponse(responseCode = "400", description = "not 16 hex digits")
    @APIResponse(responseCode = "404", description = "no canonical schema has this fingerprint")
    public Response read(@PathParam("fingerprint") String fingerprint) {
        if (!SchemaCatalog.isHexFingerprint(fingerprint)) {
            throw ProblemException.badRequest(List.of(new Problem("/path/fingerprint", "INVALID_FINGERPRINT",
                    "a fingerprint is 16 hex digits, as GET /api/v1/schemas lists them")));
        }
        return SchemaCatalog.byHexFingerprint(fingerprint)
                .map(schema -> Response.ok(schema.toString(), MediaType.APPLICATION_JSON_TYPE).build())
                .orElseThrow(() -> ProblemException.notFound("no canonical schema has fingerprint " + fingerprint));
    }
}
