package org.accidenthub.hub.attachments;

import org.accidenthub.hub.cases.AttachmentBytes;
import org.accidenthub.hub.cases.Sha256;

/**
 * Attachment bytes as they arrived, before anything is trusted about them: their size and SHA-256 as measured
 * by the hub, and where to read them when they are stored.
 */
public record ReceivedPart(String name, String mediaType, long size, String sha256, AttachmentBytes bytes) {

    /** A part already in memory. */
    public static ReceivedPart of(String name, String mediaType, byte[] content) {
        return new ReceivedPart(name, mediaType, content.length, Sha256.hex(content), AttachmentBytes.of(content));
    }
}
