package org.accidenthub.hub.privacy;

/**
 * A stored value that cannot be opened: not in the sealed format, sealed with a key this hub does not hold,
 * or changed since it was sealed (the GCM tag does not match). Never answered with garbage: the read fails.
 */
public class UnreadableSealedValue extends RuntimeException {

    public UnreadableSealedValue(String message) {
        super(message);
    }

    public UnreadableSealedValue(String message, Throwable cause) {
        super(message, cause);
    }
}
