package org.accidenthub.connectors.police;

import static org.accidenthub.connectors.json.Presence.OPTIONAL;
import static org.accidenthub.connectors.json.Presence.REQUIRED;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.accidenthub.connectors.json.JsonFields;

/** Reads {@code vehicles[].policies[]} (spec, field table). */
final class PolicyReader {

    private static final Pattern INSURER_CODE = Pattern.compile("[A-Z0-9]{2,16}");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    /** The canonical coverLimit is decimal(16, 2). */
    private static final BigDecimal LARGEST_LIMIT = new BigDecimal("99999999999999.99");

    List<PoliceFile.Policy> read(List<JsonFields> policies) {
        return policies.stream().map(PolicyReader::policy).toList();
    }

    private static PoliceFile.Policy policy(JsonFields policy) {
        String kind = policy.oneOf("kind", REQUIRED, CodeLists.POLICY_KINDS);
        PoliceFile.Policy read = new PoliceFile.Policy(
                policy.path(),
                kind,
                policy.matching("insurerCode", REQUIRED, INSURER_CODE, ProblemCode.PATTERN_MISMATCH,
                        "2 to 16 characters from A-Z and 0-9"),
                policy.text("policyNumber", REQUIRED, 64),
                policy.date("validFrom", REQUIRED),
                policy.date("validTo", REQUIRED),
                limit(policy, "COMMERCIAL_THIRD_PARTY".equals(kind)));
        policy.reportUnknownFields();
        return read;
    }

    /** Spec: a decimal string with at most 2 decimals, above 0; required for commercial policies. */
    private static BigDecimal limit(JsonFields policy, boolean commercial) {
        JsonNode value = policy.value("limit", OPTIONAL);
        if (value == null) {
            if (commercial) {
                policy.fail("limit", ProblemCode.LIMIT_REQUIRED,
                        "a commercial third-party policy needs its cover limit");
            }
            return null;
        }
        // a JSON number would pass through binary floating point; money travels as a string
        if (!value.isTextual()) {
            policy.fail("limit", ProblemCode.WRONG_TYPE, "must be a decimal string such as \"1000000.00\"");
            return null;
        }
        String text = value.textValue();
        if (!DECIMAL.matcher(text).matches() || new BigDecimal(text).scale() > 2) {
            policy.fail("limit", ProblemCode.PATTERN_MISMATCH,
                    "must be a decimal string with at most 2 decimals, such as \"1000000.00\"");
            return null;
        }
        BigDecimal limit = new BigDecimal(text);
        if (limit.signum() <= 0 || limit.compareTo(LARGEST_LIMIT) > 0) {
            policy.fail("limit", ProblemCode.OUT_OF_RANGE,
                    "must be above 0 and at most " + LARGEST_LIMIT.toPlainString());
            return null;
        }
        return limit;
    }
}
