package org.accidenthub.hub.claims;

import static org.accidenthub.hub.claims.ClaimsApi.CPIC;
import static org.accidenthub.hub.claims.ClaimsApi.PICC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.accidenthub.hub.testsupport.PoliceFiles;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.junit.jupiter.api.Test;

/**
 * The whole insurer journey through native messages: the police file with its finding opens PICC's
 * claim; PICC admits liability, offers the amount of a calculation version, confirms the payment, and
 * the claim is settled. CPIC cannot touch PICC's claim; every message sent again answers the same.
 */
@QuarkusTest
class InsurerMessageJourneyTest {

    @Test
    void police_file_to_settlement_through_insurer_messages() {
        String caseId = PoliceUploads.caseOf(PoliceFiles.bytes(PoliceFiles.example()));
        String claimId = ClaimsApi.claimOf(caseId, PICC);
        ClaimsApi.read(PICC, claimId).then().body("state", equalTo("NOTIFIED"));

        ObjectNode admitted = InsurerMessagesApi.admitted("PICC", claimId);
        Response liability = InsurerMessagesApi.send(PICC, admitted);
        liability.then().statusCode(200).body("claimStatus", equalTo("LIABILITY_ADMITTED"))
                .body("claimReference", equalTo(claimId));

        Calculations.upTo(PICC, claimId, 1);
        String amount = "6000.00";
        ObjectNode offer = InsurerMessagesApi.offer("PICC", claimId, 1, amount);
        Response offered = InsurerMessagesApi.send(PICC, offer);
        offered.then().statusCode(200).body("claimStatus", equalTo("OFFERED"))
                .body("result.offer.calculationVersion", equalTo(1)).body("result.offer.amount", equalTo(amount));

        ObjectNode payment = InsurerMessagesApi.payment("PICC", claimId, amount, "PICC-PAY-" + claimId);
        Response paid = InsurerMessagesApi.send(PICC, payment);
        paid.then().statusCode(200).body("claimStatus", equalTo("SETTLED")).body("result.paidTotal", equalTo(amount));

        ClaimsApi.read(PICC, claimId).then().body("state", equalTo("SETTLED"))
                .body("agreedAmount", equalTo(amount)).body("paidTotal", equalTo(amount));
        List<String> types = ClaimEventsTestSupport.eventTypes(caseId);
        assertThat(types).containsSubsequence("CLAIM_LIABILITY_ANSWERED", "CLAIM_OFFERED", "CLAIM_PAYMENT_RECORDED",
                "CLAIM_SETTLED");

        // another insurer: PICC's claim does not exist for CPIC, whatever it sends
        InsurerMessagesApi.send(CPIC, InsurerMessagesApi.admitted("CPIC", claimId)).then().statusCode(404);
        InsurerMessagesApi.send(CPIC, InsurerMessagesApi.payment("CPIC", claimId, amount, "CPIC-1"))
                .then().statusCode(404);

        // every message again: the same answer, nothing new
        long events = InsurerMessagesApi.events(caseId);
        for (var sent : List.of(List.of(admitted, liability), List.of(offer, offered), List.of(payment, paid))) {
            Response again = InsurerMessagesApi.send(PICC, (ObjectNode) sent.get(0));
            Response first = (Response) sent.get(1);
            assertThat(again.statusCode()).isEqualTo(first.statusCode());
            assertThat(again.asString()).isEqualTo(first.asString());
        }
        assertThat(InsurerMessagesApi.events(caseId)).isEqualTo(events);
        assertThat(InsurerMessagesApi.payments(claimId)).isOne();
        ClaimsApi.read(PICC, claimId).then().body("state", equalTo("SETTLED")).body("offers.size()", equalTo(1));
    }
}
