package org.accidenthub.hub.attachments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.cases.VerifiedAttachment;
import org.accidenthub.schemas.v1.AttachmentRef;

/**
 * Checks received attachment bytes against the accident file's listing: an attachment is
 * accepted only when its size and SHA-256 are those listed (format spec, attachments[]).
 */
public final class AttachmentVerification {

    private final List<VerifiedAttachment> verified = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private AttachmentVerification() {
    }

    /** Verifies every part sent with a file against the file's own listing. */
    public static AttachmentVerification of(List<AttachmentRef> listing, List<ReceivedPart> parts) {
        AttachmentVerification verification = new AttachmentVerification();
        List<String> seen = new ArrayList<>();
        for (ReceivedPart part : parts) {
            String partPath = "/parts/attachment[" + part.name() + "]";
            int index = indexOf(listing, part.name());
            if (index < 0) {
                verification.problems.add(new Problem(partPath, "ATTACHMENT_NOT_LISTED",
                        "the file lists no attachment named '" + part.name() + "'"));
            } else if (seen.contains(part.name())) {
                verification.problems.add(new Problem(partPath, "ATTACHMENT_SENT_TWICE",
                        "attachment '" + part.name() + "' was sent more than once"));
            } else {
                AttachmentRef listed = listing.get(index);
                verification.check("/attachments/" + index, listed.getMediaType(), listed.getSha256(),
                        listed.getSize(), part);
            }
            seen.add(part.name());
        }
        return verification;
    }

    /** Verifies one attachment uploaded later against what the case lists under its name. */
    public static AttachmentVerification of(String listedMediaType, String listedSha256, long listedSize,
            ReceivedPart part) {
        AttachmentVerification verification = new AttachmentVerification();
        verification.check("", listedMediaType, listedSha256, listedSize, part);
        return verification;
    }

    private void check(String path, String mediaType, String sha256, long size, ReceivedPart part) {
        int before = problems.size();
        if (part.mediaType() != null && !mediaType.equals(part.mediaType().toLowerCase(Locale.ROOT))) {
            problems.add(new Problem(path + "/mediaType", "ATTACHMENT_MEDIA_TYPE_MISMATCH",
                    "sent as " + part.mediaType() + " but listed as " + mediaType));
        }
        if (part.size() != size) {
            problems.add(new Problem(path + "/size", "ATTACHMENT_SIZE_MISMATCH",
                    part.size() + " bytes sent but " + size + " listed"));
        }
        String actual = part.sha256();
        if (!actual.equals(sha256)) {
            problems.add(new Problem(path + "/sha256", "ATTACHMENT_HASH_MISMATCH",
                    "the bytes hash to " + actual + ", not to the listed " + sha256));
        }
        if (problems.size() == before) {
            verified.add(new VerifiedAttachment(sha256, mediaType, part.bytes()));
        }
    }

    private static int indexOf(List<AttachmentRef> listing, String name) {
        for (int i = 0; i < listing.size(); i++) {
            if (listing.get(i).getName().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public List<VerifiedAttachment> verified() {
        return List.copyOf(verified);
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }
}
