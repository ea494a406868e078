package org.accidenthub.hub.compensation.standards;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.accidenthub.compensation.standards.ProvinceCode;
import org.accidenthub.hub.cases.Page;
import org.accidenthub.hub.compensation.BodyChecks;
import org.accidenthub.hub.compensation.PageRequest;
import org.accidenthub.hub.problems.StrictJson;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.CurrentCaller;
import org.accidenthub.hub.security.OrgType;
import org.accidenthub.hub.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The regional standards (SPC personal-injury interpretation art. 22: the province's figures of the
 * statistical year), managed by the hub operator and read by everyone, so that every party to a
 * dispute calculates with the same numbers (docs/COMPENSATION.md, "Standards administration").
 */
@Path("/api/v1/regional-standards")
@Tag(name = "Compensation")
@Produces(MediaType.APPLICATION_JSON)
public class RegionalStandardsResource {

    private final StandardsTable table;
    private final CurrentCaller caller;
    private final StrictJson json;
    private final Clock clock;

    RegionalStandardsResource(StandardsTable table, CurrentCaller caller, StrictJson json, Clock clock) {
        this.table = table;
        this.caller = caller;
        this.json = json;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.POLICE, Roles.INSURER, Roles.MEDIATOR, Roles.JUDGE, Roles.ARBITRATOR, Roles.PARTY,
            Roles.ADMIN })
    @Operation(summary = "List the current regional standards, by province and statistical year")
    @APIResponse(responseCode = "200", description = "a page of province-years",
            content = @Content(examples = @ExampleObject(name = "page", ref = "regionalStandardsPage")))
    @APIResponse(responseCode = "400", description = "a malformed province, year, page or size")
    public Uni<Page<RegionalStandardsView>> list(@QueryParam("province") String province,
            @QueryParam("year") String year, @QueryParam("page") String page, @QueryParam("size") String size) {
        BodyChecks checks = new BodyChecks();
        ProvinceCode code = StandardsKey.province("/query/province", province, checks);
        Integer statisticalYear = StandardsKey.year("/query/year", year, checks);
        PageRequest request = PageRequest.parse(page, size, checks);
        if (checks.hasProblems()) {
            throw ProblemException.badRequest(checks.problems());
        }
        return table.views(Optional.ofNullable(code), Optional.ofNullable(statisticalYear)).map(request::of);
    }

    @GET
    @Path("/{province}/{year}")
    @RolesAllowed({ Roles.POLICE, Roles.INSURER, Roles.MEDIATOR, Roles.JUDGE, Roles.ARBITRATOR, Roles.PARTY,
            Roles.ADMIN })
    @Operation(summary = "Read the current figures of one province and statistical year")
    @APIResponse(responseCode = "200", description = "the figures",
            content = @Content(examples = @ExampleObject(name = "Henan 2025", ref = "regionalStandardsView")))
    @APIResponse(responseCode = "404", description = "no figures loaded for that province and year")
    public Uni<RegionalStandardsView> read(@PathParam("province") String province, @PathParam("year") String year) {
        Key key = key(province, year);
        return table.views(Optional.of(key.province()), Optional.of(key.year()))
                .map(views -> views.stream().findFirst().orElseThrow(() -> ProblemException.notFound(
                        "no regional standards loaded for province " + key.province() + ", year " + key.year())));
    }

    @PUT
    @Path("/{province}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace every figure of one province and statistical year (operator only)",
            description = "Items not in the body are retired; replaced values stay in the table as history.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegionalStandardsBody.class),
            examples = @ExampleObject(name = "Henan 2025", ref = "regionalStandardsBody")))
    @APIResponse(responseCode = "200", description = "the figures now in force",
            content = @Content(examples = @ExampleObject(name = "Henan 2025", ref = "regionalStandardsView")))
    @APIResponse(responseCode = "422", description = "every bad item with its pointer",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "invalid", ref = "regionalStandardsProblem")))
    @APIResponse(responseCode = "403", description = "not the hub operator")
    public Uni<RegionalStandardsView> replace(@PathParam("province") String province, @PathParam("year") String year,
            JsonNode body) {
        Caller operator = operator();
        Key key = key(province, year);
        RegionalStandardsBody figures = json.read(body, RegionalStandardsBody.class);
        BodyChecks checks = new BodyChecks();
        List<StandardFigure> loaded = figures.figures(key.province(), key.year(), checks);
        checks.throwIfAny();
        return table.load(loaded, true, operator.subject(), now())
                .chain(() -> read(key.province().code(), Integer.toString(key.year())));
    }

    @POST
    @Path("/files")
    @Consumes("text/csv")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Load a standards file (CSV, all or nothing; operator only)",
            description = "Lines `province,year,item,amount`; an optional header and `#` comments. Each figure "
                    + "replaces the current value of its province, year and item; other items are kept. "
                    + "Every bad line is reported with its line number and nothing is loaded.")
    @RequestBody(content = @Content(mediaType = "text/csv",
            examples = @ExampleObject(name = "Henan 2025", ref = "regionalStandardsFile")))
    @APIResponse(responseCode = "200", description = "what the file changed",
            content = @Content(examples = @ExampleObject(name = "loaded", ref = "standardsLoadReceipt")))
    @APIResponse(responseCode = "422", description = "every bad line",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "bad lines", ref = "standardsFileProblem")))
    @APIResponse(responseCode = "403", description = "not the hub operator")
    @APIResponse(responseCode = "413", description = "larger than 1 MiB")
    public Uni<StandardsLoadReceipt> load(byte[] file) {
        Caller operator = operator();
        if (file == null || file.length == 0) {
            throw ProblemException.invalid(List.of(new org.accidenthub.connectors.spi.Problem("", "REQUIRED",
                    "a CSV body is required")), List.of());
        }
        if (file.length > StandardsFile.MAX_BYTES) {
            throw ProblemException.tooLarge("a standards file may be at most " + StandardsFile.MAX_BYTES + " bytes");
        }
        List<StandardFigure> figures = StandardsFile.read(new String(file, StandardCharsets.UTF_8));
        return table.load(figures, false, operator.subject(), now()).map(change -> new StandardsLoadReceipt(
                figures.size(), change.added(), change.replaced(), change.unchanged(),
                figures.stream().map(f -> new StandardsLoadReceipt.ProvinceYear(f.province().code(), f.year()))
                        .distinct().toList()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Writing standards is the operator's: the role alone is not enough, the organisation must be the hub's. */
    private Caller operator() {
        Caller current = caller.get();
        if (!current.actsAs(Roles.ADMIN, OrgType.OPERATOR)) {
            throw ProblemException.forbidden("regional standards are managed by the hub operator");
        }
        return current;
    }

    private static Key key(String province, String year) {
        BodyChecks checks = new BodyChecks();
        ProvinceCode code = StandardsKey.province("/path/province", province, checks);
        Integer statisticalYear = StandardsKey.year("/path/year", year, checks);
        if (checks.hasProblems()) {
            throw ProblemException.badRequest(checks.problems());
        }
        return new Key(code, statisticalYear);
    }

    private record Key(ProvinceCode province, int year) {
    }
}
