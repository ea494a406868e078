package org.accidenthub.hub.intake;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.accidenthub.connectors.police.PoliceAccidentFileConnector;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.ReadContext;
import org.accidenthub.hub.attachments.AttachmentVerification;
import org.accidenthub.hub.attachments.ReceivedPart;
import org.accidenthub.hub.cases.AcceptedFile;
import org.accidenthub.hub.cases.CanonicalRecords;
import org.accidenthub.hub.cases.CaseRecorder;
import org.accidenthub.hub.cases.Sha256;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.schemas.v1.AccidentRecord;

/**
 * Police accident files into cases: read and validate with the police connector, make sure
 * the caller sends for its own unit, verify the attachments that came along, then record.
 * Nothing is stored unless every check passed.
 */
@ApplicationScoped
public class PoliceFileIntake {

    private final PoliceAccidentFileConnector connector = new PoliceAccidentFileConnector();
    private final Clock clock;
    private final CaseRecorder recorder;

    PoliceFileIntake(Clock clock, CaseRecorder recorder) {
        this.clock = clock;
        this.recorder = recorder;
    }

    static ProblemException tooLarge() {
        return ProblemException.tooLarge("an accident file may be at most "
                + PoliceAccidentFileConnector.MAX_FILE_BYTES + " bytes of JSON");
    }

    public Uni<IntakeReceipt> receive(byte[] raw, List<ReceivedPart> attachments, Caller caller) {
        if (raw.length > PoliceAccidentFileConnector.MAX_FILE_BYTES) {
            throw tooLarge();
        }
        Instant receivedAt = clock.instant();
        Conversion<AccidentRecord> conversion = connector.read(raw, new ReadContext(receivedAt));
        if (!conversion.accepted()) {
            throw ProblemException.invalid(conversion.errors(), conversion.warnings());
        }
        AccidentRecord record = conversion.record();
        // Format spec: a unit may only send files under its own unitCode (the token's organisation).
        if (!record.getSource().getUnitCode().equals(caller.orgCode())) {
            throw ProblemException.forbidden("unit " + caller.orgCode() + " may not send files of unit "
                    + record.getSource().getUnitCode());
        }
        AttachmentVerification verification = AttachmentVerification.of(record.getAttachments(), attachments);
        if (!verification.problems().isEmpty()) {
            throw ProblemException.invalid(verification.problems(), conversion.warnings());
        }
        byte[] canonical = CanonicalRecords.encode(record);
        AcceptedFile file = new AcceptedFile(record, raw, connector.id(), canonical,
                CanonicalRecords.WRITER_FINGERPRINT, Sha256.hex(canonical), verification.verified(), caller,
                receivedAt);
        return recorder.record(file).map(recorded -> IntakeReceipt.of(recorded, conversion.warnings()));
    }
}
