package org.accidenthub.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accidenthub.schemas.v1.AccidentRecord;
import org.accidenthub.schemas.v1.ArbitrationAward;
import org.accidenthub.schemas.v1.ArbitrationReferral;
import org.accidenthub.schemas.v1.CaseEvent;
import org.accidenthub.schemas.v1.ClaimNotification;
import org.accidenthub.schemas.v1.ClaimOffer;
import org.accidenthub.schemas.v1.ClaimStateChange;
import org.accidenthub.schemas.v1.CompensationCalculation;
import org.accidenthub.schemas.v1.ConfirmationAcceptance;
import org.accidenthub.schemas.v1.ConfirmationApplication;
import org.accidenthub.schemas.v1.ConfirmationRuling;
import org.accidenthub.schemas.v1.LiabilityResponse;
import org.accidenthub.schemas.v1.MediationAgreement;
import org.accidenthub.schemas.v1.MediationAssignment;
import org.accidenthub.schemas.v1.MediationFailure;
import org.accidenthub.schemas.v1.MediationSession;
import org.accidenthub.schemas.v1.PaymentConfirmation;
import org.accidenthub.schemas.v1.PolicyVerification;
import org.accidenthub.schemas.v1.SpeedTrialFiling;
import org.accidenthub.schemas.v1.SpeedTrialJudgment;
import org.accidenthub.schemas.v1.VictimLossAssessment;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.SchemaStore;

/**
 * The top-level canonical schemas the hub stores and publishes, their fingerprints, and a
 * {@link SchemaStore} that knows every released version of them.
 *
 * <p>Every stored or published record uses Avro single-object encoding: the two magic bytes
 * {@code C3 01}, the 8-byte CRC-64-AVRO fingerprint of the writer schema in little-endian
 * order, then the binary body. A decoder needs the writer schema for that fingerprint; this
 * class provides the current schemas and every frozen version shipped in this jar under
 * {@code avro-history/<full name>/v<N>.avsc} (see the module README).
 *
 * <pre>{@code
 * BinaryMessageDecoder<AccidentRecord> decoder =
 *     AccidentRecord.createDecoder(CanonicalSchemas.newSchemaStore());
 * AccidentRecord record = decoder.decode(bytes); // any released version of AccidentRecord
 * }</pre>
 *
 * <p>Thread-safe; all state is loaded once when the class is initialised.
 */
public final class CanonicalSchemas {

    /** Classpath folder (no leading slash) holding the frozen versions. */
    public static final String HISTORY_ROOT = "avro-history";

    private static final List<Schema> CURRENT = List.of(AccidentRecord.getClassSchema(), CaseEvent.getClassSchema(),
            // the claim messages (claims.avdl)
            ClaimNotification.getClassSchema(), LiabilityResponse.getClassSchema(), ClaimOffer.getClassSchema(),
            PaymentConfirmation.getClassSchema(), PolicyVerification.getClassSchema(),
            ClaimStateChange.getClassSchema(),
            // the compensation records (compensation.avdl)
            VictimLossAssessment.getClassSchema(), CompensationCalculation.getClassSchema(),
            // the mediation records (mediation.avdl)
            MediationAssignment.getClassSchema(), MediationSession.getClassSchema(),
            MediationAgreement.getClassSchema(), MediationFailure.getClassSchema(),
            // judicial confirmation, speed trial and arbitration (adjudication.avdl)
            ConfirmationApplication.getClassSchema(), ConfirmationAcceptance.getClassSchema(),
            ConfirmationRuling.getClassSchema(), SpeedTrialFiling.getClassSchema(),
            SpeedTrialJudgment.getClassSchema(), ArbitrationReferral.getClassSchema(),
            ArbitrationAward.getClassSchema());

    /** Frozen versions by full name; element {@code i} is version {@code i + 1}. */
    private static final Map<String, List<Schema>> HISTORY = loadHistory();

    /** Oldest first, current last: a later schema wins when two share a fingerprint. */
    private static final List<Schema> KNOWN = knownSchemas();

    private static final Map<Long, Schema> BY_FINGERPRINT = indexByFingerprint();

    private CanonicalSchemas() {
    }

    /**
     * The current top-level canonical schemas: {@code AccidentRecord}, {@code CaseEvent} and the
     * claim messages ({@code ClaimNotification}, {@code LiabilityResponse}, {@code ClaimOffer},
     * {@code PaymentConfirmation}, {@code PolicyVerification}, {@code ClaimStateChange}) and the
     * compensation records ({@code VictimLossAssessment}, {@code CompensationCalculation}), the
     * mediation records ({@code MediationAssignment}, {@code MediationSession},
     * {@code MediationAgreement}, {@code MediationFailure}) and the adjudication records
     * ({@code ConfirmationApplication}, {@code ConfirmationAcceptance}, {@code ConfirmationRuling},
     * {@code SpeedTrialFiling}, {@code SpeedTrialJudgment}, {@code ArbitrationReferral},
     * {@code ArbitrationAward}).
     * A schema, once listed, is never removed: its history is looked up by the names in this
     * list.
     *
     * @return an unmodifiable list
     */
    public static List<Schema> current() {
        return CURRENT;
    }

    /**
     * The frozen versions of a top-level schema shipped in this jar, oldest first: element
     * {@code i} is version {@code i + 1}.
     *
     * @param fullName e.g. {@code org.accidenthub.schemas.v1.AccidentRecord}
     * @return an unmodifiable list, empty for a name that is not a top-level canonical schema
     */
    public static List<Schema> frozenVersions(String fullName) {
        return HISTORY.getOrDefault(fullName, List.of());
    }

    /**
     * The fingerprint single-object encoding puts in its header: the 64-bit CRC-64-AVRO
     * fingerprint of the schema's Parsing Canonical Form
     * ({@link SchemaNormalization#parsingFingerprint64(Schema)}). Documentation, defaults,
     * aliases and logical types are not part of that form, so they do not change it.
     *
     * @param schema any schema
     * @return the fingerprint as a Java long
     */
    public static long fingerprint(Schema schema) {
        return SchemaNormalization.parsingFingerprint64(schema);
    }

    /**
     * The fingerprint of a schema as 16 lower-case hex digits, see {@link #hexFingerprint(long)}.
     *
     * @param schema any schema
     * @return e.g. {@code "0f3a...."}, always 16 characters
     */
    public static String hexFingerprint(Schema schema) {
        return hexFingerprint(fingerprint(schema));
    }

    /**
     * A fingerprint as 16 lower-case hex digits, most significant byte first (big-endian, the
     * way {@link Long#toHexString(long)} prints it, zero-padded). Note that the single-object
     * header carries the same 8 bytes in little-endian order, so the hex dump of header bytes
     * 2..9 is this string with its byte pairs reversed.
     *
     * @param fingerprint a 64-bit fingerprint
     * @return 16 lower-case hex digits
     */
    public static String hexFingerprint(long fingerprint) {
        return String.format("%016x", fingerprint);
    }

    /**
     * The current or frozen top-level schema with this fingerprint. When several known
     * schemas share a fingerprint (they differ only in documentation, defaults or aliases),
     * the current one wins, else the newest frozen one.
     *
     * @param fingerprint a CRC-64-AVRO parsing fingerprint
     * @return the schema, or empty when the fingerprint is unknown to this jar
     */
    public static Optional<Schema> byFingerprint(long fingerprint) {
        return Optional.ofNullable(BY_FINGERPRINT.get(fingerprint));
    }

    /**
     * A new {@link SchemaStore.Cache} pre-loaded with every current and frozen top-level
     * schema, for {@code AccidentRecord.createDecoder(store)} or a
     * {@link org.apache.avro.message.BinaryMessageDecoder}. Each call returns a new cache, so
     * a caller may add schemas (e.g. fetched from the hub's schema endpoint) without affecting
     * others.
     *
     * @return a new, pre-loaded cache
     */
    public static SchemaStore.Cache newSchemaStore() {
        SchemaStore.Cache store = new SchemaStore.Cache();
        KNOWN.forEach(store::addSchema);
        return store;
    }

    /**
     * Classpath location of a frozen version.
     *
     * @param fullName full name of a top-level schema
     * @param version  version number, starting at 1
     * @return e.g. {@code avro-history/org.accidenthub.schemas.v1.AccidentRecord/v1.avsc}
     */
    public static String historyResource(String fullName, int version) {
        return HISTORY_ROOT + "/" + fullName + "/v" + version + ".avsc";
    }

    private static Map<String, List<Schema>> loadHistory() {
        Map<String, List<Schema>> history = new LinkedHashMap<>();
        for (Schema schema : CURRENT) {
            String fullName = schema.getFullName();
            List<Schema> versions = new ArrayList<>();
            for (int version = 1; ; version++) {
                Schema frozen = loadFrozen(fullName, version);
                if (frozen == null) {
                    break;
                }
                versions.add(frozen);
            }
            history.put(fullName, Collections.unmodifiableList(versions));
        }
        return Collections.unmodifiableMap(history);
    }

    private static Schema loadFrozen(String fullName, int version) {
        String resource = historyResource(fullName, version);
        Schema frozen;
        try (InputStream in = CanonicalSchemas.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                return null;
            }
            frozen = new Schema.Parser().parse(in);
        } catch (IOException | AvroRuntimeException e) {
            throw new IllegalStateException("Cannot read frozen schema " + resource, e);
        }
        if (!fullName.equals(frozen.getFullName())) {
            throw new IllegalStateException(
                    resource + " declares " + frozen.getFullName() + ", expected " + fullName);
        }
        return frozen;
    }

    private static List<Schema> knownSchemas() {
        List<Schema> known = new ArrayList<>();
        HISTORY.values().forEach(known::addAll);
        known.addAll(CURRENT);
        return List.copyOf(known);
    }

    private static Map<Long, Schema> indexByFingerprint() {
        Map<Long, Schema> index = new HashMap<>();
        KNOWN.forEach(schema -> index.put(fingerprint(schema), schema));
        return Map.copyOf(index);
    }
}
