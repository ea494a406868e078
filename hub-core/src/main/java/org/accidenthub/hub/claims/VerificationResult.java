package org.accidenthub.hub.claims;

/** What an insurer found when it checked one of the policies a claim names. */
public enum VerificationResult {
    /** The policy exists, is in force at the accident and covers the vehicle. */
    CONFIRMED,
    NOT_FOUND,
    /** The policy exists but was not in force when the accident happened. */
    NOT_IN_FORCE,
    /** The policy exists but its details (vehicle, kind, holder) differ from the accident record. */
    MISMATCH
}
