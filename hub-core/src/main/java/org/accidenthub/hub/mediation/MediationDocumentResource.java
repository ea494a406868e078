package org.accidenthub.hub.mediation;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.accidenthub.hub.cases.CaseIds;
import org.accidenthub.hub.problems.ProblemDetail;
import org.accidenthub.hub.security.CurrentCaller;
import org.accidenthub.hub.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * How the bytes of a mediation platform's documents travel (docs/formats/mediation-messages.md, "Delivering
 * documents"): the raw bytes under their SHA-256, by the organisation running the case's open mediation, before
 * the message that names them. Outside the caller's scope: 404; another organisation's mediation: 403.
 */
@Path("/api/v1/cases/{caseId}/mediations/current/documents/{sha256}")
@Tag(name = "Mediation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEDIATOR)
public class MediationDocumentResource {


    private final MediationDocuments documents;
    private final CurrentCaller caller;

    MediationDocumentResource(MediationDocuments documents, CurrentCaller caller) {
        this.documents = documents;
        this.caller = caller;
    }

    @PUT
    @Consumes({ "application/pdf", "image/jpeg", "image/png" })
    @Operation(summary = "Deliver the bytes of a document of the open mediation, under its SHA-256",
            description = "For a platform's messages, which name documents by hash (a signed page, minutes, the "
                    + "agreement): deliver the bytes first, then send the message. The bytes (1 to 20,971,520, "
                    + "with Content-Length) must hash to the path's SHA-256; they are stored sealed, and an "
                    + "IN_PERSON signature of a pushed AGREEMENT counts with a page delivered here. Delivering "
                    + "the same bytes again answers 200 and stores nothing new.")
    @RequestBody(content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "201", description = "stored for the mediation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "signed page", ref = "mediationDocumentReceipt")))
    @APIResponse(responseCode = "200", description = "the mediation holds these bytes already",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "signed page", ref = "mediationDocumentReceipt")))
    @APIResponse(responseCode = "403", description = "the case's mediation is another organisation's")
    @APIResponse(responseCode = "404", description = "no such case, or outside the caller's organisation")
    @APIResponse(responseCode = "409", description = "the case has no open mediation")
    @APIResponse(responseCode = "411", description = "no Content-Length")
    @APIResponse(responseCode = "413", description = "over 20,971,520 bytes")
    @APIResponse(responseCode = "415", description = "not application/pdf, image/jpeg or image/png")
    @APIResponse(responseCode = "422", description = "no bytes, or bytes that do not hash to the path's SHA-256; "
            + "nothing is stored", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    examples = @ExampleObject(name = "hash mismatch", ref = "documentHashMismatchProblem")))
    public Uni<Response> deliver(@PathParam("caseId") String caseId, @PathParam("sha256") String sha256,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] content) {
        String mediaType = contentType == null ? null : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return documents.deliver(CaseIds.parse(caseId), sha256, mediaType, content == null ? new byte[0] : content,
                        caller.get())
                .map(delivered -> Response.status(delivered.created() ? Response.Status.CREATED : Response.Status.OK)
                        .entity(delivered.document()).build());
    }
}
