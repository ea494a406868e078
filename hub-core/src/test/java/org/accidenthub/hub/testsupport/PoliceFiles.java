package org.accidenthub.hub.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ThreadLocalRandom;

/** Police accident files for tests, made from the partner format's own example. */
public final class PoliceFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PoliceFiles() {
    }

    /** The example file (unit 411700000000, shares 70/30, PICC and CPIC policies) under a fresh report number. */
    public static ObjectNode example() {
        try (InputStream in = PoliceFiles.class.getResourceAsStream("/fixtures/police-accident-file-v1.json")) {
            ObjectNode file = (ObjectNode) JSON.readTree(in);
            file.put("reportNumber", freshReportNumber());
            return file;
        } catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
    }

    /** A file of the other demo unit (商丘): the example moved to unit 411624000000. */
    public static ObjectNode ofUnit(String unitCode) {
        ObjectNode file = example();
        ((ObjectNode) file.get("sender")).put("unitCode", unitCode);
        return file;
    }

    public static String freshReportNumber() {
        return "T" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L);
    }

    public static byte[] bytes(ObjectNode file) {
        try {
            return JSON.writeValueAsBytes(file);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
