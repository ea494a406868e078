package org.accidenthub.hub.attachments;

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
import org.accidenthub.connectors.police.PoliceAccidentFileConnector;
import org.accidenthub.hub.cases.CaseIds;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.CaseScope;
import org.accidenthub.hub.security.CurrentCaller;
import org.accidenthub.hub.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Late delivery of an attachment that an accident file listed. */
@Path("/api/v1/cases/{caseId}/attachments/{name}")
@Tag(name = "Police intake")
@RolesAllowed(Roles.POLICE)
public class AttachmentResource {

    private final AttachmentUpload upload;
    private final CurrentCaller caller;

    AttachmentResource(AttachmentUpload upload, CurrentCaller caller) {
        this.upload = upload;
        this.caller = caller;
    }

    @PUT
    @Consumes({ "application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload the bytes of a listed attachment",
            description = "The bytes must hash to the SHA-256 the accident file lists under this name.")
    @APIResponse(responseCode = "201", description = "stored")
    @APIResponse(responseCode = "200", description = "these bytes were already held")
    @APIResponse(responseCode = "422", description = "hash, size or media type differ from the listing")
    @APIResponse(responseCode = "404", description = "no such case or attachment in the caller's scope")
    public Uni<Response> put(@PathParam("caseId") String caseId, @PathParam("name") String name,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] content) {
        if (content.length > PoliceAccidentFileConnector.MAX_ATTACHMENT_BYTES) {
            throw ProblemException.tooLarge("an attachment may be at most "
                    + PoliceAccidentFileConnector.MAX_ATTACHMENT_BYTES + " bytes");
        }
        String mediaType = contentType == null ? null : contentType.split(";")[0].trim();
        if (MediaType.APPLICATION_OCTET_STREAM.equals(mediaType)) {
            mediaType = null; // untyped bytes: only the hash and size are checked
        }
        ReceivedPart part = ReceivedPart.of(name, mediaType, content);
        return upload.upload(CaseIds.parse(caseId), part, CaseScope.of(caller.get()))
                .map(stored -> Response.status(stored.created() ? 201 : 200).entity(stored.attachment()).build());
    }
}
