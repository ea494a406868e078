package org.accidenthub.hub.attachments;

/** Attachment bytes as they arrived, before anything is trusted about them. */
public record ReceivedPart(String name, String mediaType, byte[] content) {
}
