package org.accidenthub.hub.events;

/** What happened to a case. Each lifecycle step has a type; later journeys add theirs here. */
public enum CaseEventType {
    /** A police file opened the case; payload: the AccidentRecord. */
    ACCIDENT_RECEIVED,
    /** A changed file made a new revision; payload: the AccidentRecord of that revision. */
    ACCIDENT_REVISED
}
