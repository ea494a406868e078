package org.accidenthub.hub.rulings;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The ruling holds characters the embedded font has no glyph for. A court document must not show a
 * blank box where a name should be, so the renderer refuses rather than draws it.
 */
public final class UnsupportedCharacters extends IllegalArgumentException {

    private final List<Integer> codePoints;

    UnsupportedCharacters(List<Integer> codePoints) {
        super("the ruling font has no glyph for " + codePoints.stream()
                .map(codePoint -> String.format("U+%04X", codePoint)).collect(Collectors.joining(", ")));
        this.codePoints = List.copyOf(codePoints);
    }

    /** The characters without a glyph, each once, in order of appearance. */
    public List<Integer> codePoints() {
        return codePoints;
    }
}
