package org.accidenthub.connectors.mediation;

import static org.accidenthub.connectors.json.Presence.OPTIONAL;
import static org.accidenthub.connectors.json.Presence.REQUIRED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.accidenthub.connectors.json.JsonFields;
import org.accidenthub.connectors.spi.ReadContext;
import org.accidenthub.schemas.v1.AttachmentRef;
import org.accidenthub.schemas.v1.DisputeParty;
import org.accidenthub.schemas.v1.MediationSession;
import org.accidenthub.schemas.v1.Mediator;
import org.accidenthub.schemas.v1.SessionMode;
import org.accidenthub.schemas.v1.SessionOutcome;

/** Reads a {@code SESSION} message (format page, "SESSION"). */
final class SessionReader {

    private SessionReader() {
    }

    static MediationSession read(JsonFields message, MessageHeader header, ReadContext context) {
        String sessionId = message.matching("sessionId", REQUIRED, MediationFormat.PLATFORM_ID,
                MediationProblemCode.PATTERN_MISMATCH, "1 to 64 of A-Z a-z 0-9 . _ : -");
        Long number = message.integer("sessionNumber", REQUIRED, 1, 1_000);
        String mode = message.oneOf("mode", REQUIRED, List.of("ONLINE_VIDEO", "IN_PERSON", "PHONE", "OTHER"));
        JsonFields mediatorFields = message.object("mediator", REQUIRED);
        Mediator mediator = mediatorFields == null ? null : MessageFields.mediator(mediatorFields);
        Instant startedAt = MessageFields.pastInstant(message, "startedAt", REQUIRED, context);
        Instant endedAt = MessageFields.pastInstant(message, "endedAt", OPTIONAL, context);
        List<DisputeParty> attendees = new ArrayList<>();
        message.objects("attendees", OPTIONAL, 0, 50).forEach(attendee -> attendees.add(MessageFields.party(attendee)));
        String outcome = message.oneOf("outcome", REQUIRED, List.of("CONTINUED", "ADJOURNED", "AGREED", "FAILED"));
        String summary = message.text("summary", OPTIONAL, MediationFormat.MAX_TEXT_LENGTH);
        JsonFields minutesFields = message.object("minutesDocument", OPTIONAL);
        AttachmentRef minutes = minutesFields == null ? null : MessageFields.document(minutesFields);
        if (startedAt != null && endedAt != null && endedAt.isBefore(startedAt)) {
            message.fail("endedAt", MediationProblemCode.ENDED_BEFORE_STARTED, "must not be before startedAt");
        }
        if (!header.complete() || sessionId == null || number == null || mode == null || mediator == null
                || startedAt == null || attendees.contains(null) || outcome == null
                || (minutesFields != null && minutes == null)) {
            return null;
        }
        return MediationSession.newBuilder()
                .setMessageId(header.messageId())
                .setMediationId(header.mediationId())
                .setCaseId(header.caseId())
                .setSessionId(sessionId)
                .setSessionNumber(number.intValue())
                .setMode(SessionMode.valueOf(mode))
                .setMediator(mediator)
                .setStartedAt(startedAt)
                .setEndedAt(endedAt)
                .setAttendees(attendees)
                .setOutcome(SessionOutcome.valueOf(outcome))
                .setSummary(summary)
                .setMinutesDocument(minutes)
                .build();
    }
}
