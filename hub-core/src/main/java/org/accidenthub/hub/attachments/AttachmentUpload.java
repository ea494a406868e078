package org.accidenthub.hub.attachments;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.accidenthub.hub.cases.AttachmentContents;
import org.accidenthub.hub.cases.CaseAttachment;
import org.accidenthub.hub.cases.CaseQueries;
import org.accidenthub.hub.cases.CaseView.AttachmentStatus;
import org.accidenthub.hub.cases.CaseView.AttachmentView;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.CaseScope;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Receives an attachment that a case lists but whose bytes did not come with the file. The
 * bytes must hash to the listed SHA-256; anything else is refused and nothing is stored.
 */
@ApplicationScoped
public class AttachmentUpload {

    private final Mutiny.SessionFactory sessions;
    private final Clock clock;

    AttachmentUpload(Mutiny.SessionFactory sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The attachment as now held, and whether these bytes were new. */
    public record Stored(AttachmentView attachment, boolean created) {
    }

    public Uni<Stored> upload(UUID caseId, ReceivedPart part, CaseScope scope) {
        return sessions.withTransaction(session -> CaseQueries.scoped(session, caseId, scope)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("no such case"))
                .chain(found -> session.createSelectionQuery("from CaseAttachment where caseId = :id and name = :name",
                                CaseAttachment.class)
                        .setParameter("id", caseId)
                        .setParameter("name", part.name())
                        .getSingleResultOrNull())
                .onItem().ifNull().failWith(() -> ProblemException.notFound(
                        "the case lists no attachment named '" + part.name() + "'"))
                .chain(listed -> store(session, listed, part)));
    }

    private Uni<Stored> store(Mutiny.Session session, CaseAttachment listed, ReceivedPart part) {
        AttachmentVerification verification = AttachmentVerification.of(listed.mediaType, listed.sha256,
                listed.size, part);
        if (!verification.problems().isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(verification.problems(), java.util.List.of()));
        }
        AttachmentView view = new AttachmentView(listed.name, listed.mediaType, listed.sha256, listed.size,
                AttachmentStatus.RECEIVED);
        return AttachmentContents.held(session, listed.sha256).chain(held -> held
                ? Uni.createFrom().item(new Stored(view, false))
                : AttachmentContents.store(session, verification.verified(), clock.instant())
                        .replaceWith(new Stored(view, true)));
    }
}
