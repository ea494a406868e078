package org.accidenthub.connectors.police;

import org.accidenthub.connectors.json.ProblemCodeName;

/**
 * Every code the police accident-file connector reports. Partners may branch on them, so a
 * code is never renamed or reused for another meaning; docs/formats/police-accident-file.md
 * lists each with an example path. The codes of the shared JSON reading
 * ({@link org.accidenthub.connectors.json.JsonProblemCode}) are repeated here by name.
 */
public enum ProblemCode implements ProblemCodeName {

    // --- the file as a whole (path "") ---
    /** More than {@link PoliceAccidentFileConnector#MAX_FILE_BYTES} bytes. */
    FILE_TOO_LARGE,
    /** The bytes are not UTF-8. */
    INVALID_ENCODING,
    /** Not JSON (syntax error, empty, or content after the value); the message has line and column. */
    MALFORMED_JSON,
    /** Objects and arrays nested deeper than the parser allows. */
    NESTING_TOO_DEEP,
    /** The same key twice in one object; the path is the repeated key. */
    DUPLICATE_KEY,
    /** formatVersion is not 1.minor; nothing else is checked then. */
    UNSUPPORTED_FORMAT_VERSION,

    // --- one field ---
    REQUIRED,
    WRONG_TYPE,
    TOO_LONG,
    PATTERN_MISMATCH,
    NOT_ALLOWED_VALUE,
    OUT_OF_RANGE,
    ARRAY_SIZE,
    INVALID_DATE,
    INVALID_DATE_TIME,
    DIVISION_CODE_FORMAT,
    PHONE_FORMAT,
    PLATE_FORMAT,
    VIN_FORMAT,
    VIN_CHECK_DIGIT,
    ID_FORMAT,
    ID_CHECK_CHARACTER,
    ID_BIRTH_DATE,

    // --- between fields ---
    COORDINATES_INCOMPLETE,
    GENDER_MISMATCH,
    BIRTH_DATE_MISMATCH,
    PLATE_REQUIRED,
    LIMIT_REQUIRED,
    DUPLICATE_REF,
    UNKNOWN_VEHICLE_REF,
    VEHICLE_REF_REQUIRED,
    RESPONSIBILITY_REQUIRED,
    SHARES_SUM,
    OCCURRED_IN_FUTURE,
    ISSUED_BEFORE_OCCURRED,
    SERVED_BEFORE_ISSUED,
    DUPLICATE_ATTACHMENT_NAME,

    // --- warnings: the file is accepted ---
    UNKNOWN_FIELD,
    UNINSURED_MOTOR_VEHICLE,
    POLICY_NOT_IN_FORCE
}
