package org.accidenthub.connectors.police;

import java.time.LocalDate;
import org.accidenthub.connectors.json.Pointer;
import org.accidenthub.connectors.spi.ProblemCollector;
import org.accidenthub.connectors.spi.ReadContext;

/**
 * Insurance findings the police cannot always settle at the scene (spec, vehicles[].policies):
 * accepted, but flagged with warnings, because who pays depends on them (Civil Code art. 1213:
 * compulsory insurance of each motor vehicle pays first).
 */
final class InsuranceRules implements CrossFieldRule {

    @Override
    public void check(PoliceFile file, ReadContext context, ProblemCollector problems) {
        LocalDate accidentDate = file.occurredAt() == null ? null : AccidentDates.dateOf(file.occurredAt());
        for (PoliceFile.Vehicle vehicle : file.vehicles()) {
            if (Boolean.TRUE.equals(vehicle.motorVehicle()) && !vehicle.invalid().contains("policies")
                    && vehicle.policies().stream().noneMatch(policy -> "COMPULSORY".equals(policy.kind()))) {
                problems.warning(Pointer.field(vehicle.path(), "policies"), ProblemCode.UNINSURED_MOTOR_VEHICLE.name(),
                        "a motor vehicle without a COMPULSORY policy (交强险) is treated as uninsured");
            }
            if (accidentDate != null) {
                vehicle.policies().forEach(policy -> inForce(policy, accidentDate, problems));
            }
        }
    }

    /** Policy periods are mainland calendar dates, compared with the accident's date in China Standard Time. */
    private static void inForce(PoliceFile.Policy policy, LocalDate accidentDate, ProblemCollector problems) {
        if (policy.validFrom() != null && accidentDate.isBefore(policy.validFrom())) {
            problems.warning(Pointer.field(policy.path(), "validFrom"), ProblemCode.POLICY_NOT_IN_FORCE.name(),
                    "the policy starts after the accident date " + accidentDate);
        }
        if (policy.validTo() != null && accidentDate.isAfter(policy.validTo())) {
            problems.warning(Pointer.field(policy.path(), "validTo"), ProblemCode.POLICY_NOT_IN_FORCE.name(),
                    "the policy ended before the accident date " + accidentDate);
        }
    }
}
