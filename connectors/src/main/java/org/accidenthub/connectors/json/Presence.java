package org.accidenthub.connectors.json;

/** Whether the format requires a field (the "req." column of the spec's field table). */
public enum Presence {
    REQUIRED,
    OPTIONAL
}
