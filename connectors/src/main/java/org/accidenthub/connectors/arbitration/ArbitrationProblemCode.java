package org.accidenthub.connectors.arbitration;

/**
 * Every code the arbitration connector reports for an award. Commissions may branch on them,
 * so a code is never renamed or reused for another meaning; docs/formats/arbitration-messages.md
 * lists each with an example path.
 */
public enum ArbitrationProblemCode {

    // --- the message as a whole (path "/"); reading stops ---
    /** More than {@link ArbitrationAwardConnector#MAX_MESSAGE_BYTES} bytes; checked before parsing. */
    MESSAGE_TOO_LARGE,
    /** The bytes are not UTF-8. */
    INVALID_ENCODING,
    /** The XML declaration names another XML version than 1.0 or another encoding than UTF-8. */
    UNSUPPORTED_XML_DECLARATION,
    /** Not well-formed XML; the message has line and column, never the content. */
    MALFORMED_XML,
    /** A document type declaration (DOCTYPE), internal or external: never accepted. */
    DOCTYPE_NOT_ALLOWED,
    /** An entity reference other than the five predefined ones and character references. */
    ENTITY_NOT_ALLOWED,
    /** Elements nested deeper than {@link SafeXmlReader#MAX_DEPTH}. */
    NESTING_TOO_DEEP,
    /** More than {@link SafeXmlReader#MAX_ELEMENTS} elements. */
    TOO_MANY_ELEMENTS,
    /** More than {@link SafeXmlReader#MAX_ATTRIBUTES} attributes on one element. */
    TOO_MANY_ATTRIBUTES,
    /** An element or attribute name over {@link SafeXmlReader#MAX_NAME_LENGTH} characters, or text over its limit. */
    TOO_LONG,
    /** The root element is not {@code award} in the format's namespace. */
    WRONG_ROOT_ELEMENT,
    /** The root's formatVersion is not 1.minor; nothing else is checked then. */
    UNSUPPORTED_FORMAT_VERSION,

    // --- one element ---
    REQUIRED,
    /** The element is not repeatable and appears again; the path is the repeated element. */
    DUPLICATE_ELEMENT,
    /** Text where elements belong, or elements where text belongs. */
    WRONG_CONTENT,
    PATTERN_MISMATCH,
    NOT_ALLOWED_VALUE,
    OUT_OF_RANGE,
    AMOUNT_FORMAT,
    ELEMENT_COUNT,
    INVALID_DATE,
    INVALID_DATE_TIME,

    // --- between elements ---
    PARTY_REF_REQUIRED,
    INSURER_CODE_REQUIRED,
    SAME_PAYER_AND_PAYEE,
    ARBITRATOR_COUNT,
    PAYMENTS_REQUIRED,
    PAYMENTS_NOT_ALLOWED,
    AWARDED_IN_FUTURE,
    DUE_BEFORE_AWARD,

    // --- warnings: the award is accepted ---
    UNKNOWN_ELEMENT,
    UNKNOWN_ATTRIBUTE
}
