package org.accidenthub.hub.mediation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.accidenthub.connectors.mediation.MediationFormat;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.cases.AttachmentBytes;
import org.accidenthub.hub.cases.AttachmentContents;
import org.accidenthub.hub.cases.Sha256;
import org.accidenthub.hub.cases.VerifiedAttachment;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.time.HubTime;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The bytes of a document a mediation platform's messages name by hash (docs/formats/mediation-messages.md,
 * "Delivering documents"), delivered by the organisation running the case's open mediation before the message
 * that names them. The bytes must hash to the SHA-256 they are delivered under; they are stored once, sealed,
 * as every document's bytes are ({@link AttachmentContents}), and the mediation keeps a receipt of them
 * ({@link MediationDocument}), which is what makes a pushed in-person signature's page count
 * ({@link AgreementMessageApplying}). Delivering the same bytes again changes nothing.
 */
@ApplicationScoped
class MediationDocuments {

    static final String DOCUMENT_HASH_MISMATCH = "DOCUMENT_HASH_MISMATCH";

    private final Mutiny.SessionFactory sessions;
    private final HubTime clock;

    MediationDocuments(Mutiny.SessionFactory sessions, HubTime clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** A document as the mediation holds it. */
    record DocumentReceipt(UUID mediationId, String sha256, String mediaType, long size, String receivedBy,
            Instant receivedAt) {
    }

    /** What a delivery answered, and whether the mediation received these bytes just now. */
    record Delivered(boolean created, DocumentReceipt document) {
    }

    /**
     * @param sha256    the hash the platform delivers the bytes under (the path's), in either case
     * @param mediaType the bytes' type, without parameters
     */
    Uni<Delivered> deliver(UUID caseId, String sha256, String mediaType, byte[] bytes, Caller caller) {
        VerifiedAttachment document = verified(sha256, mediaType, bytes);
        Instant now = clock.now();
        return sessions.withTransaction(session -> LockedMediation.lock(session, caseId, caller).chain(locked -> {
            Mediation mediation = locked.openFor(caller);
            return session.createSelectionQuery("from MediationDocument d where d.mediationId = :id"
                            + " and d.sha256 = :sha256", MediationDocument.class)
                    .setParameter("id", mediation.id)
                    .setParameter("sha256", document.sha256())
                    .getSingleResultOrNull()
                    .chain(earlier -> {
                        if (earlier != null) {
                            return Uni.createFrom().item(new Delivered(false, receipt(earlier)));
                        }
                        MediationDocument row = row(mediation, document, bytes.length, caller, now);
                        // the bytes first: the receipt refers to them
                        return AttachmentContents.keep(session, document, now)
                                .chain(() -> session.persist(row))
                                .replaceWith(() -> new Delivered(true, receipt(row)));
                    });
        }));
    }

    /** Of these hashes, those whose documents were delivered for the mediation. */
    static Uni<Set<String>> deliveredFor(Mutiny.Session session, UUID mediationId, Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return session.createSelectionQuery("select d.sha256 from MediationDocument d where d.mediationId = :id"
                        + " and d.sha256 in :hashes", String.class)
                .setParameter("id", mediationId)
                .setParameter("hashes", hashes)
                .getResultList()
                .map(HashSet::new);
    }

    /** Every problem of the bytes at once, before anything is read from or written to the database. */
    private static VerifiedAttachment verified(String sha256, String mediaType, byte[] bytes) {
        if (mediaType == null || !MediationFormat.DOCUMENT_MEDIA_TYPES.contains(mediaType)) {
            throw ProblemException.unsupportedMediaType("a document is one of " + MediationFormat.DOCUMENT_MEDIA_TYPES);
        }
        if (bytes.length > MediationFormat.MAX_DOCUMENT_BYTES) {
            throw ProblemException.tooLarge("a document may be at most " + MediationFormat.MAX_DOCUMENT_BYTES
                    + " bytes");
        }
        List<Problem> problems = new ArrayList<>();
        if (bytes.length == 0) {
            problems.add(new Problem("/size", "OUT_OF_RANGE", "no bytes: a document is 1 to "
                    + MediationFormat.MAX_DOCUMENT_BYTES + " bytes"));
        }
        String expected = sha256.toLowerCase(Locale.ROOT);
        String actual = Sha256.hex(bytes);
        if (!actual.equals(expected)) {
            problems.add(new Problem("/sha256", DOCUMENT_HASH_MISMATCH, "the bytes hash to " + actual
                    + ", not to " + sha256 + " they were delivered under; nothing was stored"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems, List.of());
        }
        return new VerifiedAttachment(actual, mediaType, AttachmentBytes.of(bytes));
    }

    private static MediationDocument row(Mediation mediation, VerifiedAttachment document, int size, Caller caller,
            Instant now) {
        MediationDocument row = new MediationDocument();
        row.id = UUID.randomUUID();
        row.mediationId = mediation.id;
        row.caseId = mediation.caseId;
        row.sha256 = document.sha256();
        row.mediaType = document.mediaType();
        row.size = size;
        row.receivedBy = caller.subject();
        row.receivedAt = now;
        return row;
    }

    private static DocumentReceipt receipt(MediationDocument row) {
        return new DocumentReceipt(row.mediationId, row.sha256, row.mediaType, row.size, row.receivedBy,
                row.receivedAt);
    }
}
