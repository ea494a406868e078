package org.accidenthub.hub.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.accidenthub.schemas.v1.AccidentRecord;
import org.accidenthub.schemas.v1.AttachmentRef;
import org.accidenthub.schemas.v1.Environment;
import org.accidenthub.schemas.v1.InsurancePolicy;
import org.accidenthub.schemas.v1.LiabilityFinding;
import org.accidenthub.schemas.v1.Location;
import org.accidenthub.schemas.v1.Party;
import org.accidenthub.schemas.v1.Vehicle;

/**
 * The relational rows of one revision of a case, made from its canonical record. The mapping
 * is total: every canonical field has a column, or is named here as kept only in the
 * inbound record (party address and residence division: personal data nobody queries by).
 */
public record CaseModel(List<CaseParty> parties, List<CaseVehicle> vehicles, List<CasePolicy> policies,
        List<CaseAttachment> attachments) {

    /** Copies the accident's facts onto the case and returns the rows that hang off it. */
    public static CaseModel apply(AccidentRecord record, AccidentCase target) {
        target.unitCode = record.getSource().getUnitCode();
        target.reportNumber = record.getSource().getReportNumber();
        target.sourceSystem = record.getSource().getSystem();
        target.procedure = record.getProcedure().name();
        target.occurredAt = record.getOccurredAt();
        applyLocation(record.getLocation(), target);
        applyEnvironment(record.getEnvironment(), target);
        target.level = record.getLevel().name();
        target.form = record.getForm().name();
        target.narrative = record.getNarrative();
        target.cause = record.getCause();
        applyFinding(record.getFinding(), target);
        if (target.state == null || target.state.intakePhase()) {
            // a revision during mediation or at court corrects facts; it does not move the case back
            target.state = record.getFinding() == null ? CaseState.REPORTED : CaseState.LIABILITY_DETERMINED;
        }

        List<CasePolicy> policies = new ArrayList<>();
        List<CaseVehicle> vehicles = new ArrayList<>();
        for (Vehicle vehicle : record.getVehicles()) {
            CaseVehicle row = vehicle(vehicle, target.id, vehicles.size());
            vehicles.add(row);
            for (InsurancePolicy policy : vehicle.getPolicies()) {
                policies.add(policy(policy, row, policies.size()));
            }
        }
        List<CaseParty> parties = new ArrayList<>();
        for (Party party : record.getParties()) {
            parties.add(party(party, target.id, parties.size()));
        }
        List<CaseAttachment> attachments = new ArrayList<>();
        for (AttachmentRef attachment : record.getAttachments()) {
            attachments.add(attachment(attachment, target.id, attachments.size()));
        }
        return new CaseModel(parties, vehicles, policies, attachments);
    }

    private static void applyLocation(Location location, AccidentCase target) {
        target.divisionCode = location.getDivisionCode();
        target.address = location.getAddress();
        target.road = location.getRoad();
        target.latitude = location.getLatitude();
        target.longitude = location.getLongitude();
    }

    private static void applyEnvironment(Environment environment, AccidentCase target) {
        target.weather = name(environment.getWeather());
        target.light = name(environment.getLight());
        target.roadSurface = name(environment.getRoadSurface());
    }

    private static void applyFinding(LiabilityFinding finding, AccidentCase target) {
        target.findingKind = finding == null ? null : finding.getKind().name();
        target.findingDocumentNumber = finding == null ? null : finding.getDocumentNumber();
        target.findingIssuedAt = finding == null ? null : finding.getIssuedAt();
        target.findingServedAt = finding == null ? null : finding.getServedAt();
    }

    private static CaseParty party(Party party, UUID caseId, int position) {
        CaseParty row = placed(new CaseParty(), caseId, position);
        row.ref = party.getRef();
        row.role = party.getRole().name();
        row.name = party.getName();
        row.idType = party.getIdType().name();
        row.idNumber = party.getIdNumber();
        row.gender = name(party.getGender());
        row.birthDate = party.getBirthDate();
        row.phone = party.getPhone();
        row.vehicleRef = party.getVehicleRef();
        row.responsibility = name(party.getResponsibility());
        row.responsibilityShare = party.getResponsibilityShare();
        row.shareExplicit = party.getResponsibilityShareExplicit();
        row.injury = party.getInjury().name();
        return row;
    }

    private static CaseVehicle vehicle(Vehicle vehicle, UUID caseId, int position) {
        CaseVehicle row = placed(new CaseVehicle(), caseId, position);
        row.ref = vehicle.getRef();
        row.plate = vehicle.getPlate();
        row.category = vehicle.getCategory().name();
        row.motorVehicle = vehicle.getMotorVehicle();
        row.vin = vehicle.getVin();
        row.ownerName = vehicle.getOwnerName();
        row.damage = name(vehicle.getDamage());
        return row;
    }

    private static CasePolicy policy(InsurancePolicy policy, CaseVehicle vehicle, int position) {
        CasePolicy row = placed(new CasePolicy(), vehicle.caseId, position);
        row.vehicleId = vehicle.id;
        row.kind = policy.getKind().name();
        row.insurerCode = policy.getInsurerCode();
        row.policyNumber = policy.getPolicyNumber();
        row.validFrom = policy.getValidFrom();
        row.validTo = policy.getValidTo();
        row.coverLimit = policy.getCoverLimit();
        return row;
    }

    private static CaseAttachment attachment(AttachmentRef attachment, UUID caseId, int position) {
        CaseAttachment row = placed(new CaseAttachment(), caseId, position);
        row.name = attachment.getName();
        row.mediaType = attachment.getMediaType();
        row.sha256 = attachment.getSha256();
        row.size = attachment.getSize();
        return row;
    }

    private static <T extends CasePart> T placed(T row, UUID caseId, int position) {
        row.id = UUID.randomUUID();
        row.caseId = caseId;
        row.position = position;
        return row;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
