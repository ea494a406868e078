package org.accidenthub.hub.compensation.assessments;

import java.math.BigDecimal;
import org.accidenthub.compensation.assessment.LossAssessment;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.schemas.v1.Actor;
import org.accidenthub.schemas.v1.DependantKind;
import org.accidenthub.schemas.v1.LostIncomeClaim;
import org.accidenthub.schemas.v1.MedicalReceipt;
import org.accidenthub.schemas.v1.NursingClaim;
import org.accidenthub.schemas.v1.SupportedDependant;
import org.accidenthub.schemas.v1.VictimLossAssessment;

/** An assessment version as the canonical {@link VictimLossAssessment} (payload of LOSS_ASSESSMENT_RECORDED). */
final class AssessmentRecords {

    private AssessmentRecords() {
    }

    static VictimLossAssessment of(LossAssessmentRow row, LossAssessment a, String note, Caller by) {
        return VictimLossAssessment.newBuilder()
                .setAssessmentId(row.id.toString())
                .setCaseId(row.caseId.toString())
                .setVictimRef(row.victimRef)
                .setVersion(row.version)
                .setPosition(VictimRoles.position(a.role()))
                .setVehicleRef(a.role().occupiedVehicle().orElse(null))
                .setAge(a.age().isPresent() ? a.age().getAsInt() : null)
                .setDied(a.died())
                .setDisabilityGrade(a.disability().map(d -> d.grade()).orElse(null))
                .setDisabilityCoefficient(a.disability().map(d -> d.coefficient()).map(c -> c.setScale(6)).orElse(null))
                .setMedicalReceipts(a.medicalReceipts().stream()
                        .map(r -> new MedicalReceipt(r.reference(), money(r.amount()))).toList())
                .setFollowUpTreatment(money(a.followUpTreatment()))
                .setLostIncome(a.lostIncome().map(l -> new LostIncomeClaim(l.daysOff(),
                        l.dailyIncome() == null ? null : money(l.dailyIncome()), l.trade())).orElse(null))
                .setNursing(a.nursing().map(n -> new NursingClaim(money(n.dailyRate()), n.days(), n.carers()))
                        .orElse(null))
                .setTransport(money(a.transport()))
                .setHospitalDays(a.hospitalDays())
                .setNutrition(money(a.nutrition()))
                .setDisabilityAids(money(a.disabilityAids()))
                .setDependants(a.dependants().stream().map(d -> new SupportedDependant(d.ref(),
                        DependantKind.valueOf(d.kind().name()), d.age(), d.supporters())).toList())
                .setMentalDistress(money(a.mentalDistress()))
                .setMentalDistressFirstFromCompulsory(a.mentalDistressFirstFromCompulsory())
                .setPropertyLoss(money(a.propertyLoss()))
                .setNote(note)
                .setAssessedAt(row.assessedAt)
                .setAssessedBy(actor(by))
                .build();
    }

    static Actor actor(Caller by) {
        return Actor.newBuilder().setSubject(by.subject()).setClientId(by.clientId())
                .setOrgType(by.orgType().name()).setOrgCode(by.orgCode()).build();
    }

    /** decimal(16, 2) takes exactly two places. */
    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2);
    }
}
