package org.accidenthub.connectors.spi;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found while reading one message instead of stopping at the first,
 * so that a partner fixes a file in one round trip (as HAPI FHIR's validator does).
 */
public final class ProblemCollector {

    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    public void error(String path, String code, String message) {
        errors.add(new Problem(path, code, message));
    }

    public void warning(String path, String code, String message) {
        warnings.add(new Problem(path, code, message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<Problem> errors() {
        return List.copyOf(errors);
    }

    public List<Problem> warnings() {
        return List.copyOf(warnings);
    }

    /** The result of a read: the record when nothing was wrong, else only the problems. */
    public <R> Conversion<R> conclude(R record) {
        return hasErrors()
                ? new Conversion<>(null, errors(), warnings())
                : new Conversion<>(record, List.of(), warnings());
    }
}
