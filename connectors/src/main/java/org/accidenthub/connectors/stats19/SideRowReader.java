package org.accidenthub.connectors.stats19;

import org.accidenthub.schemas.v1.Gender;
import org.accidenthub.schemas.v1.InjuryDegree;
import org.accidenthub.schemas.v1.PartyRole;

/**
 * Reads the values of vehicle and casualty rows (docs/formats/stats19.md, "Columns"). A reference
 * is 1-999: it becomes part of a canonical ref ("V1", "C2"), which the hub keeps to 16 characters.
 */
final class SideRowReader {

    static final int MAX_REFERENCE = 999;

    private SideRowReader() {
    }

    /** The vehicle row, or null when it has an error. */
    static SideRows.VehicleRow vehicle(RowFields fields) {
        CollisionRowReader.index(fields, Column.VEHICLE_INDEX);
        Integer reference = fields.integer(Column.VEHICLE_REFERENCE, true, 1, MAX_REFERENCE);
        CodeList.Entry<Stats19Codes.VehicleKind> type = fields.code(Column.VEHICLE_TYPE, Stats19Codes.VEHICLE_TYPE, false);
        return fields.problems().hasErrors() ? null : new SideRows.VehicleRow(fields.line(), reference, type);
    }

    /** The casualty row, or null when it has an error. */
    static SideRows.CasualtyRow casualty(RowFields fields) {
        CollisionRowReader.index(fields, Column.CASUALTY_INDEX);
        Integer vehicleReference = fields.integer(Column.CASUALTY_VEHICLE_REFERENCE, false, 1, MAX_REFERENCE);
        Integer reference = fields.integer(Column.CASUALTY_REFERENCE, true, 1, MAX_REFERENCE);
        CodeList.Entry<PartyRole> casualtyClass = fields.code(Column.CASUALTY_CLASS, Stats19Codes.CASUALTY_CLASS, false);
        CodeList.Entry<InjuryDegree> severity = fields.code(Column.CASUALTY_SEVERITY, Stats19Codes.CASUALTY_SEVERITY, false);
        CodeList.Entry<Gender> sex = fields.code(Column.SEX_OF_CASUALTY, Stats19Codes.SEX_OF_CASUALTY, false);
        CodeList.Entry<PartyRole> type = fields.code(Column.CASUALTY_TYPE, Stats19Codes.CASUALTY_TYPE, false);
        return fields.problems().hasErrors()
                ? null
                : new SideRows.CasualtyRow(fields.line(), reference, vehicleReference, casualtyClass, severity, sex, type);
    }
}
