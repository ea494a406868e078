package org.accidenthub.connectors.police;

import java.util.regex.Pattern;
import org.accidenthub.connectors.json.JsonFields;
import org.accidenthub.connectors.json.Presence;

/**
 * The formatVersion rule (spec, field table): this connector reads 1.&lt;minor&gt; for every
 * minor, since a higher minor only adds fields (reported as {@link ProblemCode#UNKNOWN_FIELD}
 * warnings). Any other version is a different format, whose fields are not checked against 1.x.
 *
 * @param declared the version the file declares; null when missing or not a string
 * @param readable false when the file declares a version this connector cannot read. A missing
 *                 version is reported but reading goes on as 1.x, to show the sender everything.
 */
record FormatVersion(String declared, boolean readable) {

    private static final String FIELD = "formatVersion";

    private static final Pattern ONE_X = Pattern.compile("1\\.(0|[1-9][0-9]{0,8})");

    static FormatVersion of(JsonFields file) {
        String version = file.text(FIELD, Presence.REQUIRED, 0);
        if (version != null && !ONE_X.matcher(version).matches()) {
            file.fail(FIELD, ProblemCode.UNSUPPORTED_FORMAT_VERSION,
                    "this hub reads format 1.<minor> (e.g. \"1.0\"); other versions are not supported");
            return new FormatVersion(version, false);
        }
        return new FormatVersion(version, true);
    }
}
