package org.accidenthub.connectors.stats19;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.accidenthub.schemas.v1.AccidentForm;
import org.accidenthub.schemas.v1.AccidentRecord;
import org.accidenthub.schemas.v1.Environment;
import org.accidenthub.schemas.v1.IdType;
import org.accidenthub.schemas.v1.InjuryDegree;
import org.accidenthub.schemas.v1.Location;
import org.accidenthub.schemas.v1.Party;
import org.accidenthub.schemas.v1.PartyRole;
import org.accidenthub.schemas.v1.Procedure;
import org.accidenthub.schemas.v1.Source;
import org.accidenthub.schemas.v1.SourceCode;
import org.accidenthub.schemas.v1.Vehicle;
import org.accidenthub.schemas.v1.VehicleCategory;

/**
 * Maps a collision that passed every rule, with its joined rows, to the canonical record
 * (docs/formats/stats19.md, "Mapping"). Every coded value that was mapped is also kept as it
 * was in {@code sourceCodes}, under the path of the canonical field it went to.
 */
final class RecordMapper {

    static final String SYSTEM = "STATS19";
    static final String FORMAT = "stats19-collision/";
    /** Scheme of speed_limit in sourceCodes: a number (mph), not a code, kept because the model has no field for it. */
    static final String SPEED_LIMIT_SCHEME = "stats19.speed_limit";

    private RecordMapper() {
    }

    static AccidentRecord toRecord(CollisionRow collision, CollisionJoin.Joined joined, String naming) {
        List<SourceCode> codes = new ArrayList<>();
        keep(codes, "/source/unitCode", Stats19Codes.POLICE_FORCE, collision.policeForce());
        keep(codes, "/level", Stats19Codes.ACCIDENT_SEVERITY, collision.severity());
        String road = road(collision);
        keep(codes, "/location/road", Stats19Codes.FIRST_ROAD_CLASS, collision.firstRoadClass());
        keep(codes, "/environment/weather", Stats19Codes.WEATHER_CONDITIONS, collision.weather());
        keep(codes, "/environment/light", Stats19Codes.LIGHT_CONDITIONS, collision.light());
        keep(codes, "/environment/roadSurface", Stats19Codes.ROAD_SURFACE_CONDITIONS, collision.roadSurface());
        if (collision.speedLimit() != null) {
            codes.add(code("/narrative", SPEED_LIMIT_SCHEME, collision.speedLimit()));
        }
        keep(codes, "/narrative", Stats19Codes.URBAN_OR_RURAL_AREA, collision.urbanOrRural());
        List<Vehicle> vehicles = vehicles(joined, codes);
        List<Party> parties = parties(collision.index(), joined, codes);
        return AccidentRecord.newBuilder()
                .setSource(Source.newBuilder()
                        .setSystem(SYSTEM)
                        .setUnitCode(Integer.toString(collision.policeForce().code()))
                        .setUnitName(collision.policeForce().value())
                        .setReportNumber(collision.index())
                        .setFormat(FORMAT + naming)
                        .build())
                // STATS19 does not record how the police handled the collision
                .setProcedure(Procedure.UNKNOWN)
                .setOccurredAt(collision.occurredAt())
                .setLocation(Location.newBuilder()
                        .setRoad(road)
                        .setLatitude(collision.latitude())
                        .setLongitude(collision.longitude())
                        .build())
                .setEnvironment(Environment.newBuilder()
                        .setWeather(value(collision.weather()))
                        .setLight(value(collision.light()))
                        .setRoadSurface(value(collision.roadSurface()))
                        .build())
                .setLevel(collision.severity().value())
                .setForm(form(parties))
                .setNarrative(Narrative.of(collision, joined, road))
                .setParties(parties)
                .setVehicles(vehicles)
                .setSourceCodes(codes)
                .build();
    }

    /** The road's number as Britain writes it (A3218, M25, A1(M)); C and unclassified roads have none. */
    private static String road(CollisionRow collision) {
        CodeList.Entry<String> roadClass = collision.firstRoadClass();
        Integer number = collision.firstRoadNumber();
        if (roadClass == null || roadClass.value() == null || number == null || number == 0) {
            return null;
        }
        return String.format(Locale.ROOT, roadClass.value(), number);
    }

    /** STATS19 has no collision form; a pedestrian casualty tells one, anything else stays OTHER. */
    private static AccidentForm form(List<Party> parties) {
        return parties.stream().anyMatch(party -> party.getRole() == PartyRole.PEDESTRIAN)
                ? AccidentForm.HIT_PEDESTRIAN
                : AccidentForm.OTHER;
    }

    private static List<Vehicle> vehicles(CollisionJoin.Joined joined, List<SourceCode> codes) {
        List<Vehicle> vehicles = new ArrayList<>();
        if (joined.vehicles() == null) {
            return vehicles;
        }
        for (SideRows.VehicleRow row : joined.vehicles()) {
            keep(codes, "/vehicles/" + vehicles.size() + "/category", Stats19Codes.VEHICLE_TYPE, row.type());
            Stats19Codes.VehicleKind kind = row.type() == null
                    ? new Stats19Codes.VehicleKind(VehicleCategory.OTHER, true)
                    : row.type().value();
            vehicles.add(Vehicle.newBuilder()
                    .setRef(vehicleRef(row.reference()))
                    // registration marks are not in the open data
                    .setPlate(null)
                    .setCategory(kind.category())
                    .setMotorVehicle(kind.motorVehicle())
                    .build());
        }
        return vehicles;
    }

    /**
     * One party per casualty. The open data has no names or identity numbers, but the model
     * requires them: the party gets a placeholder name ("casualty 2"), idType OTHER and an
     * idNumber that only says where it came from (STATS19:index:casualty_reference). Uninjured
     * drivers are not casualties and do not appear.
     */
    private static List<Party> parties(String index, CollisionJoin.Joined joined, List<SourceCode> codes) {
        List<Party> parties = new ArrayList<>();
        if (joined.casualties() == null) {
            return parties;
        }
        Set<Integer> vehicleReferences = new HashSet<>();
        if (joined.vehicles() != null) {
            joined.vehicles().forEach(vehicle -> vehicleReferences.add(vehicle.reference()));
        }
        for (SideRows.CasualtyRow row : joined.casualties()) {
            String at = "/parties/" + parties.size();
            keep(codes, at + "/role", Stats19Codes.CASUALTY_CLASS, row.casualtyClass());
            keep(codes, at + "/role", Stats19Codes.CASUALTY_TYPE, row.type());
            keep(codes, at + "/injury", Stats19Codes.CASUALTY_SEVERITY, row.severity());
            keep(codes, at + "/gender", Stats19Codes.SEX_OF_CASUALTY, row.sex());
            PartyRole role = role(row);
            parties.add(Party.newBuilder()
                    .setRef("C" + row.reference())
                    .setRole(role)
                    .setName("casualty " + row.reference())
                    .setIdType(IdType.OTHER)
                    .setIdNumber("STATS19:" + index + ":" + row.reference())
                    .setGender(value(row.sex()))
                    .setVehicleRef(vehicleRef(role, row.vehicleReference(), vehicleReferences))
                    .setInjury(row.severity() == null ? InjuryDegree.UNKNOWN : row.severity().value())
                    .build());
        }
        return parties;
    }

    /** Driver or rider, passenger, pedestrian; a rider whose casualty_type is "cyclist" is a CYCLIST. */
    private static PartyRole role(SideRows.CasualtyRow row) {
        if (row.casualtyClass() == null) {
            return PartyRole.OTHER;
        }
        PartyRole role = row.casualtyClass().value();
        boolean cyclist = row.type() != null && row.type().value() == PartyRole.CYCLIST;
        return role == PartyRole.DRIVER && cyclist ? PartyRole.CYCLIST : role;
    }

    /**
     * The model's vehicleRef is the vehicle the party drove or rode in. A pedestrian's
     * vehicle_reference names the vehicle that hit them, so a pedestrian gets none; without the
     * vehicle file there is no vehicle to refer to.
     */
    private static String vehicleRef(PartyRole role, Integer reference, Set<Integer> vehicleReferences) {
        return role == PartyRole.PEDESTRIAN || reference == null || !vehicleReferences.contains(reference)
                ? null
                : vehicleRef(reference);
    }

    private static String vehicleRef(int reference) {
        return "V" + reference;
    }

    private static <T> T value(CodeList.Entry<T> entry) {
        return entry == null ? null : entry.value();
    }

    /** The original code beside its canonical field; a missing value (-1, empty) has no code to keep. */
    private static void keep(List<SourceCode> codes, String field, CodeList<?> list, CodeList.Entry<?> entry) {
        if (entry != null) {
            codes.add(code(field, list.scheme(), entry.code()));
        }
    }

    private static SourceCode code(String field, String scheme, int code) {
        return SourceCode.newBuilder().setField(field).setScheme(scheme).setCode(Integer.toString(code)).build();
    }
}
