package org.accidenthub.hub.compensation.assessments;

/**
 * Where the problems of a PUT assessment point. The body's own fields keep their pointers; what the
 * module finds about the victim itself (its ref, the vehicle of a driver or passenger) comes from
 * the path and the case, not from the body, so it points at the request as a whole.
 */
final class AssessmentPaths {

    private AssessmentPaths() {
    }

    static String ofPut(String pointer) {
        return pointer.equals("/victimRef") || pointer.startsWith("/role") ? "" : pointer;
    }
}
