package org.accidenthub.hub.compensation.calculations;

import java.util.List;
import java.util.Map;
import org.accidenthub.hub.compensation.assessments.AssessmentBody;

/**
 * The body of the stateless {@code POST /api/v1/compensation/calculate}: an accident described in
 * full, for what-if questions ("what if the shares were 50/50?"). Nothing is stored.
 *
 * @param accidentDate    YYYY-MM-DD; decides the compulsory-insurance limits
 * @param province        GB/T 2260 code of the region whose standards apply
 * @param statisticalYear the year of the standards
 * @param standards       item → amount for that province and year; when left out, the stored
 *                        regional standards are used
 * @param vehicles        every vehicle; a motor vehicle without {@code compulsoryInsurer} is uninsured
 * @param parties         every party with a liability share (shares add up to 100)
 * @param victims         each victim with its role and its assessment (the body of the assessments endpoint)
 */
public record WhatIfRequest(String accidentDate, String province, Integer statisticalYear,
        Map<String, String> standards, List<VehicleBody> vehicles, List<PartyBody> parties, List<VictimBody> victims,
        OptionsBody options) {

    /** {@code motorVehicle} defaults to true. */
    public record VehicleBody(String ref, Boolean motorVehicle, String compulsoryInsurer,
            CommercialBody commercialThirdParty) {
    }

    /** A commercial third-party policy: its insurer and limit per accident. */
    public record CommercialBody(String insurerCode, String limit) {
    }

    /** A party: a driver names the vehicle it answers for. */
    public record PartyBody(String ref, String vehicleRef, Integer liabilityShare) {
    }

    /** {@code role}: DRIVER, PASSENGER (with {@code vehicleRef}), PEDESTRIAN, CYCLIST or OTHER. */
    public record VictimBody(String victimRef, String role, String vehicleRef, AssessmentBody assessment) {
    }
}
