package org.accidenthub.hub.events.schemas;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.accidenthub.schemas.CanonicalSchemas;
import org.apache.avro.Schema;

/**
 * Every canonical schema version a consumer may meet in stored or published bytes, from the schemas jar
 * ({@link CanonicalSchemas}): the frozen versions, and the current one when it is not frozen yet.
 */
final class SchemaCatalog {

    private SchemaCatalog() {
    }

    static List<SchemaVersion> versions() {
        List<SchemaVersion> versions = new ArrayList<>();
        for (Schema current : CanonicalSchemas.current()) {
            long writing = CanonicalSchemas.fingerprint(current);
            List<Schema> frozen = CanonicalSchemas.frozenVersions(current.getFullName());
            boolean released = false;
            for (int i = 0; i < frozen.size(); i++) {
                long fingerprint = CanonicalSchemas.fingerprint(frozen.get(i));
                released |= fingerprint == writing;
                versions.add(new SchemaVersion(current.getFullName(), i + 1,
                        CanonicalSchemas.hexFingerprint(fingerprint), fingerprint == writing));
            }
            if (!released) {
                versions.add(new SchemaVersion(current.getFullName(), frozen.size() + 1,
                        CanonicalSchemas.hexFingerprint(writing), true));
            }
        }
        return versions;
    }

    /** The schema with this fingerprint (16 hex digits, as listed); empty when the hex names none. */
    static Optional<Schema> byHexFingerprint(String hex) {
        return isHexFingerprint(hex) ? CanonicalSchemas.byFingerprint(HexFormat.fromHexDigitsToLong(hex))
                : Optional.empty();
    }

    static boolean isHexFingerprint(String hex) {
        return hex != null && hex.length() == 16 && hex.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }
}
