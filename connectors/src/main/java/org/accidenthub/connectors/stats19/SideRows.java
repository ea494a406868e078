package org.accidenthub.connectors.stats19;

import org.accidenthub.schemas.v1.Gender;
import org.accidenthub.schemas.v1.InjuryDegree;
import org.accidenthub.schemas.v1.PartyRole;

/** The few values kept from vehicle and casualty rows for the join (see {@link Stats19Limits#maxJoinedRows()}). */
final class SideRows {

    private SideRows() {
    }

    /**
     * One vehicle row.
     *
     * @param type null when vehicle_type is missing (-1)
     */
    record VehicleRow(long line, int reference, CodeList.Entry<Stats19Codes.VehicleKind> type) {
    }

    /**
     * One casualty row.
     *
     * @param vehicleReference the vehicle the casualty was in, or (a pedestrian) that hit them; null when missing
     * @param casualtyClass    null when missing
     * @param severity         null when missing
     * @param sex              null when missing or the column is absent
     * @param type             null when missing or the column is absent
     */
    record CasualtyRow(
            long line,
            int reference,
            Integer vehicleReference,
            CodeList.Entry<PartyRole> casualtyClass,
            CodeList.Entry<InjuryDegree> severity,
            CodeList.Entry<Gender> sex,
            CodeList.Entry<PartyRole> type) {
    }
}
