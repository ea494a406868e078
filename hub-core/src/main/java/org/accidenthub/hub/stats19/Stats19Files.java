package org.accidenthub.hub.stats19;

import java.io.InputStream;
import java.util.Optional;

/** The tables of one import as streams: the collision file, and the vehicle and casualty files when given. */
record Stats19Files(InputStream collisions, Optional<InputStream> vehicles, Optional<InputStream> casualties) {

    static Stats19Files collisionsOnly(InputStream collisions) {
        return new Stats19Files(collisions, Optional.empty(), Optional.empty());
    }
}
