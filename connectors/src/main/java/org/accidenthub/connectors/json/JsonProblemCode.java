package org.accidenthub.connectors.json;

/**
 * The codes the shared JSON reading reports, whatever the format. A format's own code list
 * (e.g. the police {@code ProblemCode}) repeats these names, so that its page lists every code a
 * sender can get; the names are therefore never changed.
 */
public enum JsonProblemCode implements ProblemCodeName {

    // --- the message as a whole (path ""), from StrictJsonParser ---
    INVALID_ENCODING,
    MALFORMED_JSON,
    NESTING_TOO_DEEP,
    DUPLICATE_KEY,

    // --- one field, from JsonFields ---
    REQUIRED,
    WRONG_TYPE,
    TOO_LONG,
    NOT_ALLOWED_VALUE,
    OUT_OF_RANGE,
    ARRAY_SIZE,
    INVALID_DATE,
    INVALID_DATE_TIME,

    // --- warning ---
    UNKNOWN_FIELD
}
