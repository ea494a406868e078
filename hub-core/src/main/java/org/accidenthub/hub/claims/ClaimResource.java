package org.accidenthub.hub.claims;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.accidenthub.hub.problems.StrictJson;
import org.accidenthub.hub.cases.Page;
import org.accidenthub.hub.idempotency.Answer;
import org.accidenthub.hub.idempotency.IdempotentWrites;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.CurrentCaller;
import org.accidenthub.hub.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The insurer API for claims (docs/CLAIMS.md): client-credentials tokens with role insurer; an
 * insurer sees and answers only the claims addressed to it, anything else is 404.
 */
@Path("/api/v1/claims")
@Tag(name = "Claims")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INSURER)
public class ClaimResource {

    private static final String PROBLEM = "application/problem+json";

    private final ClaimQueries queries;
    private final BreachDetection breaches;
    private final PolicyVerifying verifying;
    private final LiabilityAnswering answering;
    private final Offering offering;
    private final PaymentRecording payments;
    private final StrictJson bodies;
    private final CurrentCaller caller;
    private final IdempotentWrites writes;

    ClaimResource(ClaimQueries queries, BreachDetection breaches, PolicyVerifying verifying,
            LiabilityAnswering answering, Offering offering, PaymentRecording payments, StrictJson bodies,
            CurrentCaller caller, IdempotentWrites writes) {
        this.queries = queries;
        this.breaches = breaches;
        this.verifying = verifying;
        this.answering = answering;
        this.offering = offering;
        this.payments = payments;
        this.bodies = bodies;
        this.caller = caller;
        this.writes = writes;
    }

    @GET
    @Operation(summary = "List the caller's claims",
            description = "Deadline breaches of the listed claims are detected and recorded first. "
                    + "overdue=true: claims with an open breach; overdue=false: claims without one.")
    @APIResponse(responseCode = "200", description = "a page of claims",
            content = @Content(examples = @ExampleObject(name = "overdue claims", ref = "claimPage")))
    @APIResponse(responseCode = "400", description = "a filter that cannot be used",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "bad filter",
                    ref = "claimFilterProblem")))
    public Uni<Page<ClaimSummary>> list(@QueryParam("state") String state, @QueryParam("overdue") String overdue,
            @QueryParam("caseId") String caseId, @QueryParam("page") String page, @QueryParam("size") String size) {
        ClaimSearch search = ClaimSearchParameters.parse(state, overdue, caseId, page, size);
        ClaimScope scope = scope();
        return breaches.detect(scope, search.caseId()).chain(() -> queries.page(search, scope));
    }

    @GET
    @Path("/{claimId}")
    @Operation(summary = "Read a claim: victim, covers, answer, offers, payments, deadlines, the case's key facts")
    @APIResponse(responseCode = "200", description = "the claim",
            content = @Content(examples = @ExampleObject(name = "settled claim", ref = "claimView")))
    @APIResponse(responseCode = "404", description = "no such claim, or addressed to another insurer",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not the caller's",
                    ref = "claimNotFound")))
    public Uni<ClaimView> read(@PathParam("claimId") String claimId) {
        UUID id = ClaimIds.parse(claimId);
        ClaimScope scope = scope();
        return breaches.detect(scope, null, id)
                .chain(() -> queries.find(id, scope))
                .map(found -> Optional.ofNullable(found).orElseThrow(() -> ProblemException.notFound("no such claim")));
    }

    @POST
    @Path("/{claimId}/policy-verifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "State what the insurer found about one of the claim's policies")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PolicyVerificationRequest.class),
            examples = @ExampleObject(name = "confirmed", ref = "policyVerificationRequest")))
    @APIResponse(responseCode = "201", description = "recorded (also for a retry of the latest statement)",
            content = @Content(examples = @ExampleObject(name = "recorded", ref = "policyVerificationReceipt")))
    @APIResponse(responseCode = "409", description = "the Idempotency-Key was used for another request",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "key reused",
                    ref = "idempotencyKeyConflict")))
    @APIResponse(responseCode = "400", description = "not JSON, a value of the wrong JSON type, or an unusable "
            + "Idempotency-Key", content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not JSON",
                    ref = "claimBadRequest")))
    @APIResponse(responseCode = "422", description = "every problem with its path",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "invalid",
                    ref = "policyVerificationProblem")))
    @APIResponse(responseCode = "404", description = "no such claim, or addressed to another insurer",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not the caller's",
                    ref = "claimNotFound")))
    public Uni<Response> verifyPolicy(@PathParam("claimId") String claimId,
            @Parameter(ref = "idempotencyKey") @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey,
            byte[] body) {
        UUID id = ClaimIds.parse(claimId);
        return once(idempotencyKey, id, "policy-verifications", body, () -> verifying
                .verify(id, bodies.read(body, PolicyVerificationRequest.class), caller.get())
                .map(receipt -> created(id, receipt)));
    }

    @POST
    @Path("/{claimId}/liability")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer on liability: ADMITTED, ADMITTED_WITH_NEGLIGENCE or NOT_ADMITTED (with a reason)",
            description = "Allowed until the first offer; the same answer again is a retry.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LiabilityRequest.class), examples = {
            @ExampleObject(name = "admitted", ref = "liabilityAdmitted"),
            @ExampleObject(name = "not admitted", ref = "liabilityNotAdmitted") }))
    @APIResponse(responseCode = "200", description = "the answer and the claim's state",
            content = @Content(examples = @ExampleObject(name = "answered", ref = "liabilityReceipt")))
    @APIResponse(responseCode = "409", description = "an offer was made already: liability is settled",
            content = @Content(mediaType = PROBLEM, examples = {@ExampleObject(name = "too late",
                    ref = "claimConflict"), @ExampleObject(name = "key reused", ref = "idempotencyKeyConflict") }))
    @APIResponse(responseCode = "400", description = "not JSON, a value of the wrong JSON type, or an unusable "
            + "Idempotency-Key", content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not JSON",
                    ref = "claimBadRequest")))
    @APIResponse(responseCode = "422", description = "every problem with its path",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "invalid",
                    ref = "liabilityProblem")))
    @APIResponse(responseCode = "404", description = "no such claim, or addressed to another insurer",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not the caller's",
                    ref = "claimNotFound")))
    public Uni<Response> answerLiability(@PathParam("claimId") String claimId,
            @Parameter(ref = "idempotencyKey") @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey,
            byte[] body) {
        UUID id = ClaimIds.parse(claimId);
        return once(idempotencyKey, id, "liability", body, () -> answering
                .answer(id, bodies.read(body, LiabilityRequest.class), caller.get())
                .map(Answer::ok));
    }

    @POST
    @Path("/{claimId}/offers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Offer an amount from a compensation calculation (the agreed amount)",
            description = "Needs liability admitted. A revised offer replaces the agreed amount; "
                    + "the latest offer's terms again are a retry.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OfferRequest.class),
            examples = @ExampleObject(name = "offer", ref = "offerRequest")))
    @APIResponse(responseCode = "201", description = "the offer and the claim's state",
            content = @Content(examples = @ExampleObject(name = "offered", ref = "offerReceipt")))
    @APIResponse(responseCode = "409", description = "liability not admitted, or the claim settled",
            content = @Content(mediaType = PROBLEM, examples = {@ExampleObject(name = "not admitted",
                    ref = "claimConflict"), @ExampleObject(name = "key reused", ref = "idempotencyKeyConflict") }))
    @APIResponse(responseCode = "400", description = "not JSON, a value of the wrong JSON type, or an unusable "
            + "Idempotency-Key", content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not JSON",
                    ref = "claimBadRequest")))
    @APIResponse(responseCode = "422", description = "every problem with its path",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "invalid",
                    ref = "offerProblem")))
    @APIResponse(responseCode = "404", description = "no such claim, or addressed to another insurer",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not the caller's",
                    ref = "claimNotFound")))
    public Uni<Response> offer(@PathParam("claimId") String claimId,
            @Parameter(ref = "idempotencyKey") @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey,
            byte[] body) {
        UUID id = ClaimIds.parse(claimId);
        return once(idempotencyKey, id, "offers", body, () -> offering
                .offer(id, bodies.read(body, OfferRequest.class), caller.get())
                .map(receipt -> created(id, receipt)));
    }

    @POST
    @Path("/{claimId}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm a payment; payments reaching the agreed amount settle the claim",
            description = "The reference is unique per claim: the same reference, amount and date again is a "
                    + "retry and answers as the first call did; the same reference with other values is 409.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PaymentRequest.class),
            examples = @ExampleObject(name = "payment", ref = "paymentRequest")))
    @APIResponse(responseCode = "201", description = "the payment, the total paid and the claim's state",
            content = @Content(examples = @ExampleObject(name = "settled", ref = "paymentReceipt")))
    @APIResponse(responseCode = "409", description = "no offer yet, the claim settled, or the reference used",
            content = @Content(mediaType = PROBLEM, examples = {@ExampleObject(name = "no offer",
                    ref = "claimConflict"), @ExampleObject(name = "key reused", ref = "idempotencyKeyConflict") }))
    @APIResponse(responseCode = "400", description = "not JSON, a value of the wrong JSON type, or an unusable "
            + "Idempotency-Key", content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not JSON",
                    ref = "claimBadRequest")))
    @APIResponse(responseCode = "422", description = "every problem with its path",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "invalid",
                    ref = "paymentProblem")))
    @APIResponse(responseCode = "404", description = "no such claim, or addressed to another insurer",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not the caller's",
                    ref = "claimNotFound")))
    public Uni<Response> recordPayment(@PathParam("claimId") String claimId,
            @Parameter(ref = "idempotencyKey") @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey,
            byte[] body) {
        UUID id = ClaimIds.parse(claimId);
        return once(idempotencyKey, id, "payments", body, () -> payments
                .pay(id, bodies.read(body, PaymentRequest.class), caller.get())
                .map(receipt -> created(id, receipt)));
    }

    /** With an Idempotency-Key the write runs once per key (docs/CLAIMS.md, "Idempotency"); without, as it is. */
    private Uni<Response> once(String idempotencyKey, UUID claimId, String what, byte[] body,
            Supplier<Uni<Answer>> write) {
        String key = IdempotentWrites.checkedHeader(idempotencyKey);
        return writes.once(caller.get(), IdempotentWrites.IDEMPOTENCY_KEY, key, "POST",
                "/api/v1/claims/" + claimId + "/" + what, body, write);
    }

    private ClaimScope scope() {
        return ClaimScope.of(caller.get());
    }

    private static Answer created(UUID claimId, Object receipt) {
        return Answer.created(URI.create("/api/v1/claims/" + claimId), receipt);
    }
}
