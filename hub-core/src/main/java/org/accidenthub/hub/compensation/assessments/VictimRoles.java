package org.accidenthub.hub.compensation.assessments;

import org.accidenthub.compensation.assessment.VictimRole;
import org.accidenthub.hub.cases.CaseParty;
import org.accidenthub.schemas.v1.VictimPosition;

/**
 * A victim's role, from the party's role in the case: where they were decides whose insurance
 * treats them as a third party (a vehicle's own occupants are not, Regulation on Compulsory Motor
 * Vehicle Accident Liability Insurance art. 3). An owner or other party is outside any vehicle.
 */
public final class VictimRoles {

    private VictimRoles() {
    }

    public static VictimRole of(CaseParty party) {
        return switch (party.role) {
            case "DRIVER" -> VictimRole.driverOf(party.vehicleRef);
            case "PASSENGER" -> VictimRole.passengerOf(party.vehicleRef);
            case "PEDESTRIAN" -> VictimRole.pedestrian();
            case "CYCLIST" -> VictimRole.cyclist();
            default -> VictimRole.other();
        };
    }

    /** The canonical position of a role. */
    public static VictimPosition position(VictimRole role) {
        return switch (role.kind()) {
            case DRIVER -> VictimPosition.DRIVER;
            case PASSENGER -> VictimPosition.PASSENGER;
            case PEDESTRIAN -> VictimPosition.PEDESTRIAN;
            case CYCLIST -> VictimPosition.CYCLIST;
            case OTHER -> VictimPosition.OTHER;
        };
    }
}
