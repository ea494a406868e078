package org.accidenthub.hub.intake;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.unchecked.Unchecked;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import org.accidenthub.connectors.police.PoliceAccidentFileConnector;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.attachments.ReceivedPart;
import org.accidenthub.hub.cases.RecordedRevision;
import org.accidenthub.hub.cases.Sha256;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.CurrentCaller;
import org.accidenthub.hub.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Where traffic-police systems upload accident files (docs/formats/police-accident-file.md).
 * The JSON alone, or multipart with the attachments it lists.
 */
@Path("/api/v1/police/accident-files")
@Tag(name = "Police intake")
@RolesAllowed(Roles.POLICE)
public class PoliceAccidentFileResource {

    private final PoliceFileIntake intake;
    private final CurrentCaller caller;
    private final Vertx vertx;

    PoliceAccidentFileResource(PoliceFileIntake intake, CurrentCaller caller, Vertx vertx) {
        this.intake = intake;
        this.caller = caller;
        this.vertx = vertx;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload an accident file",
            description = "201 for a new case, 200 with the same caseId for an identical resend, "
                    + "200 with revision + 1 for changed content of the same unit and report number.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "liability finding, two cars", ref = "policeAccidentFile")))
    @APIResponse(responseCode = "201", description = "new case",
            content = @Content(examples = @ExampleObject(name = "created", ref = "intakeReceiptCreated")))
    @APIResponse(responseCode = "200", description = "identical resend, or a new revision")
    @APIResponse(responseCode = "422", description = "every problem with its JSON pointer",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "invalid", ref = "validationProblem")))
    @APIResponse(responseCode = "403", description = "a file of another unit")
    @APIResponse(responseCode = "413", description = "larger than 1 MiB")
    public Uni<Response> upload(byte[] file) {
        return intake.receive(file, List.of(), caller.get()).map(PoliceAccidentFileResource::answer);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload an accident file with its attachments",
            description = "Part `file`: the JSON file. Parts `attachment`: one per listed attachment, "
                    + "its filename the listed name. Listed attachments not sent stay pending.")
    public Uni<Response> uploadWithAttachments(@RestForm(PoliceAccidentFileConnector.FILE_PART) FileUpload file,
            @RestForm(PoliceAccidentFileConnector.ATTACHMENT_PART) List<FileUpload> attachments) {
        if (file == null) {
            throw ProblemException.badRequest(List.of(new Problem(
                    "/parts/" + PoliceAccidentFileConnector.FILE_PART, "REQUIRED", "the multipart request needs a part named 'file'")));
        }
        Caller sender = caller.get();
        return read(file).chain(json -> receivedAll(attachments)
                        .chain(parts -> intake.receive(json, parts, sender)))
                .map(PoliceAccidentFileResource::answer);
    }

    private Uni<List<ReceivedPart>> receivedAll(List<FileUpload> uploads) {
        if (uploads == null || uploads.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.join().all(uploads.stream().map(this::received).toList()).andFailFast();
    }

    /**
     * An attachment is hashed as it streams from its temporary file, and read into memory again only when it is
     * stored, one at a time (cases/AttachmentBytes): the largest legal request, 100 MiB of attachments, then
     * needs the heap for one of them. The temporary files stay until the answer is sent.
     */
    private Uni<ReceivedPart> received(FileUpload upload) {
        java.nio.file.Path path = upload.uploadedFile(); // jakarta.ws.rs.Path is the annotation
        return blocking(() -> Sha256.hex(path)).map(sha256 -> new ReceivedPart(upload.fileName(),
                upload.contentType(), upload.size(), sha256, () -> blocking(() -> Files.readAllBytes(path))));
    }

    /** The JSON part, refused unread when it is larger than a file may be. */
    private Uni<byte[]> read(FileUpload upload) {
        if (upload.size() > PoliceAccidentFileConnector.MAX_FILE_BYTES) {
            return Uni.createFrom().failure(PoliceFileIntake.tooLarge());
        }
        return blocking(() -> Files.readAllBytes(upload.uploadedFile()));
    }

    /** File reads off the event loop; the result comes back on the caller's context (Hibernate's session is bound to it). */
    private <T> Uni<T> blocking(Callable<T> read) {
        return vertx.executeBlocking(Uni.createFrom().item(Unchecked.supplier(read::call)));
    }

    static Response answer(IntakeReceipt receipt) {
        if (receipt.outcome() == RecordedRevision.Outcome.CREATED) {
            return Response.created(URI.create("/api/v1/cases/" + receipt.caseId())).entity(receipt).build();
        }
        return Response.ok(receipt).build();
    }
}
