package org.accidenthub.connectors.police;

import org.accidenthub.connectors.spi.ProblemCollector;
import org.accidenthub.connectors.spi.ReadContext;

/**
 * A rule between fields of a police file. It runs after the field rules, on whatever could be
 * read, and must skip what it cannot know (a null field or one named in {@code invalid}) rather
 * than report it again.
 */
interface CrossFieldRule {

    void check(PoliceFile file, ReadContext context, ProblemCollector problems);
}
