package org.accidenthub.hub.compensation.assessments;

import java.time.Instant;

/**
 * The newest version of one victim's assessment.
 *
 * @param victimRef  the victim's party ref in the case
 * @param version    1, 2, ... per victim; each PUT that changes something adds one
 * @param role       from the case: DRIVER, PASSENGER, PEDESTRIAN, CYCLIST or OTHER
 * @param vehicleRef from the case: the vehicle a driver or passenger was in
 * @param assessedBy the organisation that entered this version
 * @param assessment the assessment, normalised (every amount with two places, defaults filled in)
 */
public record AssessmentView(String caseId, String victimRef, int version, String role, String vehicleRef,
        Instant assessedAt, AssessedBy assessedBy, AssessmentBody assessment) {

    public record AssessedBy(String orgType, String orgCode) {
    }
}
