package org.accidenthub.connectors.insurer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.accidenthub.schemas.v1.ClaimCover;
import org.accidenthub.schemas.v1.ClaimLoss;
import org.accidenthub.schemas.v1.ClaimNotification;
import org.accidenthub.schemas.v1.ClaimVictim;

/** The body of CLAIM_NOTIFICATION: every field of the canonical ClaimNotification under its insurer name. */
final class NotificationBody {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private NotificationBody() {
    }

    static ObjectNode of(ClaimNotification notification) {
        ObjectNode body = JSON.objectNode()
                .put("caseId", notification.getCaseId())
                .put("policeUnitCode", notification.getUnitCode())
                .put("accidentReportNo", notification.getReportNumber())
                .put("accidentTime", NativeTime.of(notification.getOccurredAt()));
        body.putObject("liabilityDocument")
                .put("documentType", notification.getFindingKind().name())
                .put("documentNo", notification.getFindingDocumentNumber());
        body.set("claimant", claimant(notification.getVictim()));
        ArrayNode coverages = body.putArray("coverages");
        notification.getCovers().forEach(cover -> coverages.add(coverage(cover)));
        return body.put("notifiedAt", NativeTime.of(notification.getOpenedAt()))
                .put("decisionDueAt", NativeTime.of(notification.getDecisionDueAt()))
                .put("fixablePartDueAt", NativeTime.of(notification.getFixablePartDueAt()));
    }

    private static ObjectNode claimant(ClaimVictim victim) {
        ObjectNode claimant = JSON.objectNode()
                .put("partyRef", victim.getRef())
                .put("name", victim.getName())
                .put("partyRole", victim.getRole().name())
                .put("injuryDegree", victim.getInjury().name());
        ArrayNode losses = claimant.putArray("lossTypes");
        for (ClaimLoss loss : victim.getLosses()) {
            losses.add(loss.name());
        }
        return claimant.put("damagedVehicleRef", victim.getDamagedVehicleRef());
    }

    private static ObjectNode coverage(ClaimCover cover) {
        return JSON.objectNode()
                .put("policyType", cover.getPolicyKind().name())
                .put("policyNo", cover.getPolicyNumber())
                .put("insuredVehicleRef", cover.getVehicleRef())
                .put("plateNo", cover.getPlate())
                .put("coverageLimit", InsurerMoney.format(cover.getCoverLimit()));
    }
}
