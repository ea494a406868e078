package org.accidenthub.hub.cases;

/** Attachment bytes whose SHA-256, size and media type match what the accident file lists. */
public record VerifiedAttachment(String sha256, String mediaType, AttachmentBytes bytes) {
}
