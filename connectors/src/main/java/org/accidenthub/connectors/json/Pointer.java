package org.accidenthub.connectors.json;

/** Builds JSON pointers (RFC 6901), the paths every problem is reported at. */
public final class Pointer {

    public static final String ROOT = "";

    private Pointer() {
    }

    public static String field(String parent, String name) {
        // RFC 6901 section 3: "~" is written "~0" and "/" is written "~1"
        return parent + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    public static String index(String parent, int index) {
        return parent + "/" + index;
    }
}
