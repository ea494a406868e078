package org.accidenthub.hub.compensation.assessments;

import java.math.BigDecimal;
import org.accidenthub.compensation.assessment.LossAssessment;
import org.accidenthub.hub.compensation.Amounts;
import org.accidenthub.hub.compensation.assessments.AssessmentBody.DependantBody;
import org.accidenthub.hub.compensation.assessments.AssessmentBody.DisabilityBody;
import org.accidenthub.hub.compensation.assessments.AssessmentBody.LostIncomeBody;
import org.accidenthub.hub.compensation.assessments.AssessmentBody.NursingBody;
import org.accidenthub.hub.compensation.assessments.AssessmentBody.ReceiptBody;

/**
 * An assessment as the hub understood it, in the shape it was sent: every default filled in,
 * every amount with two places. This is what is stored and shown, and what decides whether a PUT
 * changes anything (an identical resend makes no new version).
 */
final class NormalisedAssessment {

    private NormalisedAssessment() {
    }

    static AssessmentBody of(LossAssessment a, String note) {
        return new AssessmentBody(
                a.age().isPresent() ? a.age().getAsInt() : null,
                a.died(),
                a.disability().map(d -> new DisabilityBody(d.grade(), coefficient(d.coefficient()))).orElse(null),
                a.medicalReceipts().stream().map(r -> new ReceiptBody(r.reference(), Amounts.format(r.amount()))).toList(),
                Amounts.format(a.followUpTreatment()),
                a.lostIncome().map(l -> new LostIncomeBody(l.daysOff(), Amounts.format(l.dailyIncome()), l.trade()))
                        .orElse(null),
                a.nursing().map(n -> new NursingBody(Amounts.format(n.dailyRate()), n.days(), n.carers())).orElse(null),
                Amounts.format(a.transport()),
                a.hospitalDays(),
                Amounts.format(a.nutrition()),
                Amounts.format(a.disabilityAids()),
                a.dependants().stream().map(d -> new DependantBody(d.ref(), d.kind().name(), d.age(), d.supporters()))
                        .toList(),
                Amounts.format(a.mentalDistress()),
                a.mentalDistressFirstFromCompulsory(),
                Amounts.format(a.propertyLoss()),
                note);
    }

    private static String coefficient(BigDecimal coefficient) {
        return coefficient == null ? null : coefficient.stripTrailingZeros().toPlainString();
    }
}
