package org.accidenthub.hub.cases;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Stores verified document bytes, addressed by hash, so bytes already held are not stored again: a police
 * file's attachments, a mediator's signed page, a mediation platform's documents. The one place they are
 * written; {@link AttachmentContent} seals them. One document at a time: its bytes are read, written (flushed)
 * and let go before the next is read, so a request of 100 MiB of attachments holds one of them, not all
 * (AttachmentBytes).
 */
public final class AttachmentContents {

    private AttachmentContents() {
    }

    public static Uni<Void> store(Mutiny.Session session, List<VerifiedAttachment> attachments, Instant receivedAt) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (VerifiedAttachment attachment : attachments) {
            chain = chain.chain(() -> keep(session, attachment, receivedAt)).replaceWithVoid();
        }
        return chain;
    }

    /** Stores the bytes unless held already; whether they were new. */
    public static Uni<Boolean> keep(Mutiny.Session session, VerifiedAttachment attachment, Instant receivedAt) {
        return held(session, attachment.sha256()).chain(held -> held
                ? Uni.createFrom().item(false)
                : attachment.bytes().read().chain(bytes -> write(session, attachment, bytes, receivedAt))
                        .replaceWith(true));
    }

    /** Written now, and no longer held by the session: the bytes may go before the transaction ends. */
    private static Uni<Void> write(Mutiny.Session session, VerifiedAttachment attachment, byte[] bytes,
            Instant receivedAt) {
        AttachmentContent content = content(attachment, bytes, receivedAt);
        return session.persist(content).call(session::flush).invoke(() -> session.detach(content));
    }

    /** Whether the bytes of that hash are held; asks for the hash only, so nothing is decrypted. */
    public static Uni<Boolean> held(Mutiny.Session session, String sha256) {
        return session.createSelectionQuery("select a.sha256 from AttachmentContent a where a.sha256 = :sha256",
                        String.class)
                .setParameter("sha256", sha256)
                .getSingleResultOrNull()
                .map(found -> found != null);
    }

    private static AttachmentContent content(VerifiedAttachment attachment, byte[] bytes, Instant receivedAt) {
        AttachmentContent content = new AttachmentContent();
        content.sha256 = attachment.sha256();
        content.mediaType = attachment.mediaType();
        content.content = bytes;
        content.receivedAt = receivedAt;
        return content;
    }
}
