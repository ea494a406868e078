package org.accidenthub.connectors.spi;

import java.util.List;
import java.util.Objects;

/**
 * What a connector made of one native message.
 *
 * @param record   the canonical record; null exactly when {@code errors} is not empty
 * @param errors   every problem that makes the message unacceptable
 * @param warnings accepted oddities the sender should know about (unknown fields, an uninsured vehicle, ...)
 */
public record Conversion<R>(R record, List<Problem> errors, List<Problem> warnings) {

    public Conversion {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        if (errors.isEmpty() == (record == null)) {
            throw new IllegalArgumentException("a conversion has either a record or errors, not both or neither");
        }
    }

    public boolean accepted() {
        return errors.isEmpty();
    }

    public R requireRecord() {
        return Objects.requireNonNull(record, "conversion was rejected");
    }
}
