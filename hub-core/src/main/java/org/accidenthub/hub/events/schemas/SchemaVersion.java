package org.accidenthub.hub.events.schemas;

/**
 * One released version of a canonical schema: its full name, version number (1, 2, ...), its
 * fingerprint as 16 hex digits (what single-object headers carry, see CanonicalSchemas), and whether
 * it is the version this hub writes.
 */
public record SchemaVersion(String fullName, int version, String fingerprint, boolean current) {
}
