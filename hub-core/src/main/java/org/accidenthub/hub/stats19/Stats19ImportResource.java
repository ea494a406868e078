package org.accidenthub.hub.stats19;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.accidenthub.connectors.police.PoliceAccidentFileConnector;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.CurrentCaller;
import org.accidenthub.hub.security.OrgType;
import org.accidenthub.hub.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Where a police unit imports STATS19 collision data (docs/formats/stats19.md, "HTTP import"): the
 * collision CSV alone as the body, or multipart with the vehicle and casualty CSVs. The answer
 * tells what happened to every row; the importing unit owns the cases.
 *
 * <p>{@code @Blocking}: the body is read as a stream on a worker thread while the rows are recorded,
 * so a large file is never held in memory and the event loop never waits for it.
 */
@Path("/api/v1/police/stats19")
@Tag(name = "Police intake")
@RolesAllowed(Roles.POLICE)
public class Stats19ImportResource {

    static final String COLLISIONS_PART = "collisions";
    static final String VEHICLES_PART = "vehicles";
    static final String CASUALTIES_PART = "casualties";
    static final String CSV = "text/csv";
    /** Police unit codes (the police format's sender.unitCode): the owner column holds 12 characters. */
    private static final Pattern POLICE_UNIT = Pattern.compile("\\d{12}");

    private final Stats19Import imports;
    private final CurrentCaller caller;

    Stats19ImportResource(Stats19Import imports, CurrentCaller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Blocking
    @Consumes(CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a STATS19 collision CSV",
            description = "Every accepted row becomes (or revises) a case of the caller's unit, each in its own "
                    + "transaction; every rejected row is listed with its row, column and code. Resending is "
                    + "idempotent: identical rows are UNCHANGED.")
    @APIResponse(responseCode = "200", description = "the file was read: the summary of every row, rejected rows included")
    @APIResponse(responseCode = "422", description = "the file as a whole cannot be read (no header, a required column missing); nothing stored")
    @APIResponse(responseCode = "413", description = "more than 100 MiB")
    @APIResponse(responseCode = "415", description = "not text/csv or multipart/form-data")
    public ImportSummary importCollisions(InputStream body) {
        Caller importer = importer();
        BodyLimit limited = new BodyLimit(body, PoliceAccidentFileConnector.MAX_REQUEST_BYTES);
        ImportSummary summary = imports.run(Stats19Files.collisionsOnly(limited), importer);
        if (limited.exceeded()) {
            throw ProblemException.tooLarge("a STATS19 import may be at most "
                    + PoliceAccidentFileConnector.MAX_REQUEST_BYTES + " bytes; the " + summary.rows()
                    + " rows before the limit were read and their accepted rows stored. Split the file: "
                    + "resending rows already stored changes nothing");
        }
        return summary;
    }

    @POST
    @Blocking
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import STATS19 collision, vehicle and casualty CSVs",
            description = "Parts: `collisions` (required), `vehicles` and `casualties` (optional), joined by the "
                    + "collision index.")
    public ImportSummary importTables(@RestForm(COLLISIONS_PART) FileUpload collisions,
            @RestForm(VEHICLES_PART) FileUpload vehicles, @RestForm(CASUALTIES_PART) FileUpload casualties) {
        Caller importer = importer();
        if (collisions == null) {
            throw ProblemException.badRequest(List.of(new Problem("/parts/" + COLLISIONS_PART, "REQUIRED",
                    "the multipart request needs a part named '" + COLLISIONS_PART + "' with the collision CSV")));
        }
        // uploaded parts wait in temporary files (deleted at the end of the request)
        try (InputStream collisionFile = open(collisions);
                InputStream vehicleFile = vehicles == null ? null : open(vehicles);
                InputStream casualtyFile = casualties == null ? null : open(casualties)) {
            return imports.run(new Stats19Files(collisionFile, Optional.ofNullable(vehicleFile),
                    Optional.ofNullable(casualtyFile)), importer);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("an uploaded part could not be read back", unreadable);
        }
    }

    /** Police only, and for a police unit: the unit in the token will own the cases. */
    private Caller importer() {
        Caller current = caller.get();
        if (!current.actsAs(Roles.POLICE, OrgType.POLICE)) {
            throw ProblemException.forbidden("only a police unit may import STATS19 data");
        }
        if (!POLICE_UNIT.matcher(current.orgCode()).matches()) {
            throw ProblemException.forbidden("the token's org_code is not a 12-digit police unit code");
        }
        return current;
    }

    private static InputStream open(FileUpload part) throws IOException {
        return Files.newInputStream(part.uploadedFile());
    }
}
