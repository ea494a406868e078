package org.accidenthub.connectors.mediation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.accidenthub.connectors.json.JsonFields;
import org.accidenthub.connectors.json.Presence;
import org.accidenthub.connectors.spi.ReadContext;
import org.accidenthub.schemas.v1.AttachmentRef;
import org.accidenthub.schemas.v1.DisputeParty;
import org.accidenthub.schemas.v1.DisputePartyKind;
import org.accidenthub.schemas.v1.Mediator;

/**
 * The field kinds every mediation message shares: money, instants that may not lie in the future,
 * a party in the dispute, the mediator, a document by hash. Each returns null when absent or
 * unacceptable, after recording the problem at its JSON pointer.
 */
final class MessageFields {

    private MessageFields() {
    }

    /** Money as a decimal string with two places, more than zero. */
    static BigDecimal amount(JsonFields fields, String name, Presence presence) {
        String text = fields.matching(name, presence, MediationFormat.AMOUNT, MediationProblemCode.AMOUNT_FORMAT,
                "an amount in yuan as a string with two decimals and no sign, e.g. \"12345.60\"");
        if (text == null) {
            return null;
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.signum() == 0) {
            fields.fail(name, MediationProblemCode.OUT_OF_RANGE, "must be more than 0.00");
            return null;
        }
        return amount;
    }

    /** An instant with offset that is not later than the hub's receipt (give or take a clock's drift). */
    static Instant pastInstant(JsonFields fields, String name, Presence presence, ReadContext context) {
        OffsetDateTime at = fields.dateTime(name, presence);
        if (at == null) {
            return null;
        }
        if (at.toInstant().isAfter(context.receivedAt().plus(MediationFormat.CLOCK_TOLERANCE))) {
            fields.fail(name, MediationProblemCode.IN_FUTURE, "must not be later than when the hub received the message");
            return null;
        }
        return at.toInstant();
    }

    /** A party of the accident record ({@code partyRef}) or an insurer ({@code insurerCode}). */
    static DisputeParty party(JsonFields party) {
        String kind = party.oneOf("kind", Presence.REQUIRED, java.util.List.of("PARTY", "INSURER"));
        String partyRef = party.text("partyRef", Presence.OPTIONAL, 16);
        String insurerCode = party.matching("insurerCode", Presence.OPTIONAL, MediationFormat.INSURER_CODE,
                MediationProblemCode.PATTERN_MISMATCH, "2 to 16 of A-Z and 0-9");
        String name = party.text("name", Presence.REQUIRED, 128);
        party.reportUnknownFields();
        boolean isParty = "PARTY".equals(kind);
        // an invalid ref or code is reported by its own rule; *_REQUIRED only when there is none at all
        if (isParty && missing(party, "partyRef", partyRef)) {
            party.fail("partyRef", MediationProblemCode.PARTY_REF_REQUIRED, "a PARTY is named by its ref in the accident record");
            partyRef = null;
        }
        if ("INSURER".equals(kind) && missing(party, "insurerCode", insurerCode)) {
            party.fail("insurerCode", MediationProblemCode.INSURER_CODE_REQUIRED, "an INSURER is named by its insurer code");
        }
        if (kind == null || name == null || (isParty ? partyRef == null : insurerCode == null)) {
            return null;
        }
        return DisputeParty.newBuilder()
                .setKind(DisputePartyKind.valueOf(kind))
                .setPartyRef(isParty ? partyRef : null)
                .setInsurerCode(isParty ? null : insurerCode)
                .setName(name)
                .build();
    }

    /** Absent, null or blank; a value that failed its own rule (null here, but present) is not missing. */
    static boolean missing(JsonFields fields, String name, String value) {
        return !fields.present(name) || (value != null && value.isBlank());
    }

    /** Two parties are the same when they name the same party ref or the same insurer. */
    static boolean same(DisputeParty one, DisputeParty other) {
        return one.getKind() == other.getKind()
                && java.util.Objects.equals(one.getPartyRef(), other.getPartyRef())
                && java.util.Objects.equals(one.getInsurerCode(), other.getInsurerCode());
    }

    static Mediator mediator(JsonFields mediator) {
        String name = mediator.text("name", Presence.REQUIRED, 64);
        String organisationCode = mediator.matching("organisationCode", Presence.REQUIRED,
                MediationFormat.ORGANISATION_CODE, MediationProblemCode.PATTERN_MISMATCH, "2 to 32 of A-Z 0-9 -");
        String subject = mediator.text("subject", Presence.OPTIONAL, 128);
        mediator.reportUnknownFields();
        if (name == null || organisationCode == null) {
            return null;
        }
        return Mediator.newBuilder().setName(name).setOrganisationCode(organisationCode).setSubject(subject).build();
    }

    static AttachmentRef document(JsonFields document) {
        String name = document.text("name", Presence.REQUIRED, 128);
        String mediaType = document.oneOf("mediaType", Presence.REQUIRED, MediationFormat.DOCUMENT_MEDIA_TYPES);
        String sha256 = document.matching("sha256", Presence.REQUIRED, MediationFormat.SHA256,
                MediationProblemCode.PATTERN_MISMATCH, "64 hexadecimal characters (the SHA-256 of the bytes)");
        Long size = document.integer("size", Presence.REQUIRED, 1, MediationFormat.MAX_DOCUMENT_BYTES);
        document.reportUnknownFields();
        if (name == null || mediaType == null || sha256 == null || size == null) {
            return null;
        }
        return AttachmentRef.newBuilder()
                .setName(name)
                .setMediaType(mediaType)
                // one spelling, so that a resend in other case is the same content (idempotency)
                .setSha256(sha256.toLowerCase(Locale.ROOT))
                .setSize(size)
                .build();
    }
}
