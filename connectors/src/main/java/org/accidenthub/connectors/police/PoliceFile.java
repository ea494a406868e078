package org.accidenthub.connectors.police;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * A police accident file as read, before the cross-field rules and the mapping. A field is
 * null when it was absent or had a problem; {@code invalid} names the fields of an object
 * that had a problem, so that a rule does not report a value it cannot know as missing.
 * Code-list values stay strings here (see {@link CodeLists}).
 */
record PoliceFile(
        String formatVersion,
        Sender sender,
        String reportNumber,
        String procedure,
        OffsetDateTime occurredAt,
        Location location,
        Environment environment,
        String level,
        String form,
        String narrative,
        String causeAnalysis,
        Finding finding,
        List<Party> parties,
        List<Vehicle> vehicles,
        List<Attachment> attachments,
        Set<String> invalid) {

    record Sender(String system, String unitCode, String unitName) {
    }

    record Location(String divisionCode, String address, String road, Double latitude, Double longitude) {
    }

    record Environment(String weather, String light, String roadSurface) {
    }

    record Finding(String path, String kind, String documentNumber, OffsetDateTime issuedAt,
            OffsetDateTime servedAt) {
    }

    record Party(String path, String ref, String role, String name, String idType, String idNumber,
            String gender, LocalDate birthDate, String phone, String address, String residenceDivisionCode,
            String vehicleRef, String responsibility, Integer responsibilityShare, String injury,
            Set<String> invalid) {
    }

    record Vehicle(String path, String ref, String plate, String category, Boolean motorVehicle, String vin,
            String ownerName, String damage, List<Policy> policies, Set<String> invalid) {
    }

    record Policy(String path, String kind, String insurerCode, String policyNumber, LocalDate validFrom,
            LocalDate validTo, BigDecimal limit) {
    }

    record Attachment(String path, String name, String mediaType, String sha256, Long size) {
    }
}
