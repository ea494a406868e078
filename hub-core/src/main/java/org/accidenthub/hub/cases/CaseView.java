package org.accidenthub.hub.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case as every authorised partner reads it: the same facts for all. */
public record CaseView(UUID caseId, CaseState state, int revision, String unitCode, String reportNumber,
        String sourceSystem, String procedure, Instant occurredAt, LocationView location,
        EnvironmentView environment, String level, String form, String narrative, String cause,
        FindingView finding, List<PartyView> parties, List<VehicleView> vehicles,
        List<AttachmentView> attachments, Instant createdAt, Instant updatedAt) {

    public record LocationView(String divisionCode, String address, String road, Double latitude,
            Double longitude) {
    }

    public record EnvironmentView(String weather, String light, String roadSurface) {
    }

    public record FindingView(String kind, String documentNumber, Instant issuedAt, Instant servedAt) {
    }

    public record PartyView(String ref, String role, String name, String idType, String idNumber, String gender,
            LocalDate birthDate, String phone, String vehicleRef, String responsibility,
            Integer responsibilityShare, boolean responsibilityShareExplicit, String injury) {
    }

    public record VehicleView(String ref, String plate, String category, boolean motorVehicle, String vin,
            String ownerName, String damage, List<PolicyView> policies) {
    }

    /** {@code coverLimit} is a decimal string with two places (API conventions: money). */
    public record PolicyView(String kind, String insurerCode, String policyNumber, LocalDate validFrom,
            LocalDate validTo, String coverLimit) {
    }

    public enum AttachmentStatus {
        /** Listed, bytes not yet received. */
        PENDING,
        /** Bytes received and verified against the listed hash. */
        RECEIVED
    }

    public record AttachmentView(String name, String mediaType, String sha256, long size, AttachmentStatus status) {
    }

    static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2).toPlainString();
    }
}
