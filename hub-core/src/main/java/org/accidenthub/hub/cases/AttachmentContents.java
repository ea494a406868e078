package org.accidenthub.hub.cases;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** Stores verified attachment bytes, addressed by hash, so bytes already held are not stored again. */
public final class AttachmentContents {

    private AttachmentContents() {
    }

    public static Uni<Void> store(Mutiny.Session session, List<VerifiedAttachment> attachments, Instant receivedAt) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (VerifiedAttachment attachment : attachments) {
            chain = chain.chain(() -> session.find(AttachmentContent.class, attachment.sha256())
                    .chain(held -> held != null
                            ? Uni.createFrom().voidItem()
                            : session.persist(content(attachment, receivedAt))));
        }
        return chain;
    }

    private static AttachmentContent content(VerifiedAttachment attachment, Instant receivedAt) {
        AttachmentContent content = new AttachmentContent();
        content.sha256 = attachment.sha256();
        content.mediaType = attachment.mediaType();
        content.content = attachment.content();
        content.receivedAt = receivedAt;
        return content;
    }
}
