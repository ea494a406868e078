package org.accidenthub.connectors.spi;

import java.util.Objects;

/**
 * One thing wrong (or worth a warning) in a native message.
 *
 * @param path    where: a JSON pointer ("/parties/1/idNumber") or, for tabular formats,
 *                "row N, column NAME" as the format's page documents
 * @param code    stable UPPER_SNAKE code, documented with the format; partners may branch on it
 * @param message human-readable explanation; wording may change, the code does not
 */
public record Problem(String path, String code, String message) {

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
