package org.accidenthub.connectors.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.accidenthub.connectors.canonical.CanonicalJson;
import org.accidenthub.schemas.v1.AccidentRecord;

/** What every accepted record must allow, whatever input it came from. */
final class FuzzInvariants {

    private FuzzInvariants() {
    }

    /** The hub stores the record in single-object encoding and shows it as canonical JSON; neither may fail. */
    static void storable(AccidentRecord record) {
        try {
            AccidentRecord.getDecoder().decode(record.toByteBuffer());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CanonicalJson.of(record);
    }
}
