package org.accidenthub.connectors.police;

import java.math.RoundingMode;
import org.accidenthub.schemas.v1.InsurancePolicy;
import org.accidenthub.schemas.v1.PolicyKind;
import org.accidenthub.schemas.v1.Vehicle;
import org.accidenthub.schemas.v1.VehicleCategory;
import org.accidenthub.schemas.v1.VehicleDamage;

/** Maps one vehicle with its policies (docs/formats/police-accident-file.md, "Mapping"). */
final class VehicleMapper {

    private VehicleMapper() {
    }

    static Vehicle vehicle(PoliceFile.Vehicle vehicle) {
        return Vehicle.newBuilder()
                .setRef(vehicle.ref())
                .setPlate(vehicle.plate())
                .setCategory(VehicleCategory.valueOf(vehicle.category()))
                .setMotorVehicle(vehicle.motorVehicle())
                .setVin(vehicle.vin())
                .setOwnerName(vehicle.ownerName())
                .setDamage(PoliceFileMapper.code(VehicleDamage.class, vehicle.damage()))
                .setPolicies(vehicle.policies().stream().map(VehicleMapper::policy).toList())
                .build();
    }

    private static InsurancePolicy policy(PoliceFile.Policy policy) {
        return InsurancePolicy.newBuilder()
                .setKind(PolicyKind.valueOf(policy.kind()))
                .setInsurerCode(policy.insurerCode())
                .setPolicyNumber(policy.policyNumber())
                .setValidFrom(policy.validFrom())
                .setValidTo(policy.validTo())
                // decimal(16, 2): the reader allowed at most 2 decimals, so this only pads
                .setCoverLimit(policy.limit() == null ? null : policy.limit().setScale(2, RoundingMode.UNNECESSARY))
                .build();
    }
}
