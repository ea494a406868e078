package org.accidenthub.connectors.mediation;

import org.accidenthub.connectors.json.ProblemCodeName;

/**
 * Every code the mediation connector reports. Platforms may branch on them, so a code is never
 * renamed or reused for another meaning; docs/formats/mediation-messages.md lists each with an
 * example path. The codes of the shared JSON reading
 * ({@link org.accidenthub.connectors.json.JsonProblemCode}) are repeated here by name.
 */
public enum MediationProblemCode implements ProblemCodeName {

    // --- the message as a whole (path ""); reading stops ---
    MESSAGE_TOO_LARGE,
    INVALID_ENCODING,
    MALFORMED_JSON,
    NESTING_TOO_DEEP,
    DUPLICATE_KEY,
    UNSUPPORTED_FORMAT_VERSION,
    /** {@code type} is missing or not one the hub receives; nothing else is checked then. */
    UNKNOWN_MESSAGE_TYPE,

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
    AMOUNT_FORMAT,

    // --- between fields ---
    PARTY_REF_REQUIRED,
    INSURER_CODE_REQUIRED,
    SAME_PAYER_AND_PAYEE,
    TOTAL_MISMATCH,
    SIGNER_SUBJECT_REQUIRED,
    RECORDED_BY_REQUIRED,
    EVIDENCE_REQUIRED,
    SIGNED_BEFORE_DRAFTED,
    NOT_SIGNED_BY_ALL,
    EFFECTIVE_BEFORE_SIGNED,
    DUE_BEFORE_DRAFTED,
    ENDED_BEFORE_STARTED,
    DETAIL_REQUIRED,
    IN_FUTURE,

    // --- warnings: the message is accepted ---
    UNKNOWN_FIELD
}
