package org.accidenthub.compensation.calculation;

/**
 * How the compulsory insurers of several vehicles share one victim's loss in a sub-limit
 * (domain reference §6: equally by default, configurable). Whatever the choice, a share one
 * insurer cannot pay because its sub-limit is used up is offered to the insurers that still have
 * room, so that a loss above the sum of the limits always gets every limit in full (SPC
 * road-traffic interpretation art. 18 para. 1).
 */
public enum CompulsorySharing {
    /** Equal parts (the default). */
    EQUALLY,
    /** In proportion to the liability shares of the vehicles' drivers (equal parts when all are 0). */
    BY_LIABILITY_SHARE,
    /** In proportion to each insurer's sub-limit, as SPC road-traffic interpretation art. 18 para. 1 allows. */
    BY_LIMIT
}
