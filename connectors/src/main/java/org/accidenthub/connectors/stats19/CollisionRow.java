package org.accidenthub.connectors.stats19;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.accidenthub.schemas.v1.AccidentLevel;
import org.accidenthub.schemas.v1.Light;
import org.accidenthub.schemas.v1.RoadSurface;
import org.accidenthub.schemas.v1.Weather;

/**
 * The values of one collision row that passed every rule. Optional values are null when the
 * file has them missing (-1 or empty) or has no such column.
 */
record CollisionRow(
        long line,
        String index,
        CodeList.Entry<String> policeForce,
        CodeList.Entry<AccidentLevel> severity,
        LocalDate date,
        LocalTime time,
        Instant occurredAt,
        Double longitude,
        Double latitude,
        Integer numberOfVehicles,
        Integer numberOfCasualties,
        CodeList.Entry<String> firstRoadClass,
        Integer firstRoadNumber,
        Integer speedLimit,
        CodeList.Entry<Light> light,
        CodeList.Entry<Weather> weather,
        CodeList.Entry<RoadSurface> roadSurface,
        CodeList.Entry<String> urbanOrRural) {
}
