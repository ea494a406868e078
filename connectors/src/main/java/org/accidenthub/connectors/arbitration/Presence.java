package org.accidenthub.connectors.arbitration;

/** Whether the format requires an element (the "req." column of the format page's tables). */
enum Presence {
    REQUIRED,
    OPTIONAL
}
