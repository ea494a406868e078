package org.accidenthub.connectors.police;

import java.util.Map;

/**
 * A party's share of responsibility in percent: the explicit share when the finding gives one,
 * else the usual share of its class (domain reference §5; spec, parties[].responsibilityShare):
 * full 100, main 70, equal 50, secondary 30, none 0. The defaults only fit two parties; a
 * motor vehicle without fault against a pedestrian or non-motor user still bears up to 10%
 * (Road Traffic Safety Law art. 76), which the police must then send as an explicit share.
 */
final class ResponsibilityShare {

    private static final Map<String, Integer> CLASS_DEFAULTS = Map.of(
            "FULL", 100,
            "MAIN", 70,
            "EQUAL", 50,
            "SECONDARY", 30,
            "NONE", 0);

    private ResponsibilityShare() {
    }

    /** The share that applies to a party with this responsibility class (not null). */
    static int of(String responsibility, Integer explicitShare) {
        return explicitShare != null ? explicitShare : CLASS_DEFAULTS.get(responsibility);
    }
}
