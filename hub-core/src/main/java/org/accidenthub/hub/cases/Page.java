package org.accidenthub.hub.cases;

import java.util.List;

/** A page of a list (API conventions: items, page, size, total). */
public record Page<T>(List<T> items, int page, int size, long total) {
}
