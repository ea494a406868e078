package org.accidenthub.hub.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.accidenthub.hub.cases.CanonicalRecords;
import org.accidenthub.schemas.CanonicalSchemas;
import org.accidenthub.schemas.v1.CaseEvent;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.specific.SpecificRecord;

/**
 * An outbox payload read back: the {@link CaseEvent} envelope and the record it carries, each decoded
 * from single-object encoding with whichever released schema version wrote it.
 */
public record DecodedEvent(CaseEvent envelope, SpecificRecord payload) {

    private static final BinaryMessageDecoder<CaseEvent> ENVELOPES = CanonicalRecords.decoder(CaseEvent.getClassSchema());
    private static final Map<String, BinaryMessageDecoder<SpecificRecord>> PAYLOADS = new ConcurrentHashMap<>();

    public static DecodedEvent decode(byte[] envelopeBytes) {
        CaseEvent envelope = envelope(envelopeBytes);
        try {
            SpecificRecord payload = payloadDecoder(envelope.getPayloadType()).decode(envelope.getPayload().duplicate());
            return new DecodedEvent(envelope, payload);
        } catch (IOException corrupt) {
            throw new UncheckedIOException("the payload of event " + envelope.getEventId() + " cannot be decoded",
                    corrupt);
        }
    }

    /** The envelope alone, for who only routes the event. */
    public static CaseEvent envelope(byte[] envelopeBytes) {
        try {
            return ENVELOPES.decode(envelopeBytes);
        } catch (IOException corrupt) {
            throw new UncheckedIOException("a stored event envelope cannot be decoded", corrupt);
        }
    }

    /** The payload's value of a top-level string field, e.g. {@code insurerCode} of the claim messages. */
    public Optional<String> payloadField(String name) {
        Schema.Field field = payload.getSchema().getField(name);
        if (field == null) {
            return Optional.empty();
        }
        Object value = payload.get(field.pos());
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }

    private static BinaryMessageDecoder<SpecificRecord> payloadDecoder(String fullName) {
        return PAYLOADS.computeIfAbsent(fullName, name -> CanonicalRecords.decoder(CanonicalSchemas.current().stream()
                .filter(schema -> schema.getFullName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no canonical schema named " + name))));
    }
}
