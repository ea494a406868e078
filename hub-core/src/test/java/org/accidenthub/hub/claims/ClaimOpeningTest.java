package org.accidenthub.hub.claims;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.accidenthub.hub.claims.ClaimsApi.V1_COMMERCIAL;
import static org.accidenthub.hub.claims.ClaimsApi.V1_COMPULSORY;
import static org.accidenthub.hub.claims.ClaimsApi.V2_COMPULSORY;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.accidenthub.hub.testsupport.PoliceFiles;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.junit.jupiter.api.Test;

/** Which claims a police file opens (Civil Code art. 1213, Road Traffic Safety Law art. 76). */
@QuarkusTest
class ClaimOpeningTest {

    static final String P2_BY_PICC = "items.find { it.victim.ref == 'P2' && it.insurerCode == 'PICC' }";
    static final String P1_BY_CPIC = "items.find { it.victim.ref == 'P1' && it.insurerCode == 'CPIC' }";

    @Test
    void the_example_opens_exactly_two_claims_one_per_victim_and_liable_insurer() {
        String caseId = ClaimsApi.exampleCase();

        ClaimsApi.claimsOfCase(caseId).then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.collect { it.victim.ref + '/' + it.insurerCode }", containsInAnyOrder("P2/PICC", "P1/CPIC"));
    }

    @Test
    void the_injured_driver_of_v2_claims_from_picc_under_both_policies_of_v1() {
        String caseId = ClaimsApi.exampleCase();

        ClaimsApi.claimsOfCase(caseId).then().statusCode(200)
                .body(P2_BY_PICC + ".state", equalTo("NOTIFIED"))
                .body(P2_BY_PICC + ".victim.name", equalTo("李娜"))
                .body(P2_BY_PICC + ".victim.role", equalTo("DRIVER"))
                .body(P2_BY_PICC + ".victim.injury", equalTo("SERIOUS"))
                .body(P2_BY_PICC + ".victim.losses", contains("PERSONAL_INJURY", "PROPERTY"))
                .body(P2_BY_PICC + ".victim.damagedVehicleRef", equalTo("V2"))
                .body(P2_BY_PICC + ".covers.policyNumber", contains(V1_COMPULSORY, V1_COMMERCIAL))
                .body(P2_BY_PICC + ".covers.policyKind", contains("COMPULSORY", "COMMERCIAL_THIRD_PARTY"))
                .body(P2_BY_PICC + ".covers.vehicleRef", contains("V1", "V1"))
                .body(P2_BY_PICC + ".covers.plate", contains("豫Q12345", "豫Q12345"))
                .body(P2_BY_PICC + ".covers[1].coverLimit", equalTo("1000000.00"));
    }

    @Test
    void the_owner_driver_of_damaged_v1_claims_his_property_loss_from_cpic_under_v2s_compulsory_policy() {
        String caseId = ClaimsApi.exampleCase();

        ClaimsApi.claimsOfCase(caseId).then().statusCode(200)
                .body(P1_BY_CPIC + ".victim.name", equalTo("张伟"))
                .body(P1_BY_CPIC + ".victim.injury", equalTo("NONE"))
                .body(P1_BY_CPIC + ".victim.losses", contains("PROPERTY"))
                .body(P1_BY_CPIC + ".victim.damagedVehicleRef", equalTo("V1"))
                .body(P1_BY_CPIC + ".covers.policyNumber", contains(V2_COMPULSORY))
                .body(P1_BY_CPIC + ".covers[0].coverLimit", nullValue());
    }

    @Test
    void opening_claims_moves_the_case_to_claims_open() {
        String caseId = ClaimsApi.exampleCase();

        given().auth().oauth2(PoliceUploads.ZMD).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("state", equalTo("CLAIMS_OPEN"));
    }

    @Test
    void the_decision_and_fixable_part_deadlines_run_from_opening() {
        String claimId = ClaimsApi.piccClaim();

        JsonPath claim = ClaimsApi.read(ClaimsApi.PICC, claimId).then().statusCode(200).extract().jsonPath();
        Instant opened = Instant.parse(claim.getString("openedAt"));

        assertThat(Instant.parse(claim.getString("deadlines.find { it.kind == 'DECISION' }.dueAt")))
                .isEqualTo(opened.plus(Duration.ofDays(30)));
        assertThat(Instant.parse(claim.getString("deadlines.find { it.kind == 'FIXABLE_PART' }.dueAt")))
                .isEqualTo(opened.plus(Duration.ofDays(60)));
        assertThat(claim.getString("deadlines.find { it.kind == 'PAYMENT' }.status")).isEqualTo("NOT_APPLICABLE");
    }

    @Test
    void a_file_without_a_finding_opens_no_claims() {
        ObjectNode file = PoliceFiles.example();
        file.remove("finding");
        String caseId = ClaimsApi.caseOf(file);

        ClaimsApi.claimsOfCase(caseId).then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(PoliceUploads.ZMD).get("/api/v1/cases/{id}", caseId).then()
                .body("state", equalTo("REPORTED"));
    }

    @Test
    void the_revision_that_adds_the_finding_opens_the_claims() {
        ObjectNode file = PoliceFiles.example();
        ObjectNode finding = (ObjectNode) file.remove("finding");
        String caseId = ClaimsApi.caseOf(file);
        file.set("finding", finding);
        PoliceUploads.upload(PoliceUploads.ZMD, PoliceFiles.bytes(file)).then().statusCode(200);

        ClaimsApi.claimsOfCase(caseId).then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void a_revision_does_not_duplicate_claims() {
        ObjectNode file = PoliceFiles.example();
        String caseId = ClaimsApi.caseOf(file);
        String before = ClaimsApi.claimOf(caseId, ClaimsApi.PICC);
        file.put("narrative", "修订后的事故经过。");
        PoliceUploads.upload(PoliceUploads.ZMD, PoliceFiles.bytes(file)).then().statusCode(200)
                .body("revision", equalTo(2));

        ClaimsApi.claimsOfCase(caseId).then().statusCode(200).body("items", hasSize(2));
        assertThat(ClaimsApi.claimOf(caseId, ClaimsApi.PICC)).isEqualTo(before);
    }

    @Test
    void a_revision_naming_a_new_policy_of_the_same_insurer_adds_it_to_the_existing_claim() {
        ObjectNode file = PoliceFiles.example();
        String caseId = ClaimsApi.caseOf(file);
        String claimId = ClaimsApi.claimOf(caseId, ClaimsApi.CPIC);
        PoliceUploads.upload(PoliceUploads.ZMD, PoliceFiles.bytes(ClaimsApi.withV2Commercial(file)))
                .then().statusCode(200);

        ClaimsApi.read(ClaimsApi.CPIC, claimId).then().statusCode(200)
                .body("covers.policyNumber", contains(V2_COMPULSORY, ClaimsApi.V2_COMMERCIAL));
    }

    @Test
    void a_revision_that_makes_a_new_victim_opens_a_new_claim_and_keeps_the_existing_ones() {
        ObjectNode file = PoliceFiles.example();
        String caseId = ClaimsApi.caseOf(file);
        List<String> before = ClaimsApi.claimsOfCase(caseId).path("items.claimId");
        ((ObjectNode) file.at("/parties/0")).put("injury", "MINOR"); // P1 now injured too: claims from CPIC already
        ObjectNode passenger = ((ArrayNode) file.get("parties")).addObject();
        passenger.put("ref", "P3").put("role", "PASSENGER").put("name", "王芳").put("idType", "RESIDENT_ID")
                .put("idNumber", "411702199512120022").put("vehicleRef", "V2").put("injury", "MINOR");
        PoliceUploads.upload(PoliceUploads.ZMD, PoliceFiles.bytes(file)).then().statusCode(200);

        ClaimsApi.claimsOfCase(caseId).then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.claimId", hasItems(before.toArray(String[]::new)))
                // a passenger of V2 claims from V1's insurer (compulsory, and commercial: P1 bears 70%)
                .body("items.find { it.victim.ref == 'P3' }.insurerCode", equalTo("PICC"))
                .body("items.find { it.victim.ref == 'P3' }.covers.policyNumber",
                        contains(V1_COMPULSORY, V1_COMMERCIAL));
    }

    @Test
    void an_accident_certificate_opens_claims_on_compulsory_policies_only() {
        ObjectNode file = PoliceFiles.example();
        ((ObjectNode) file.get("finding")).put("kind", "ACCIDENT_CERTIFICATE");
        for (var party : file.get("parties")) {
            ((ObjectNode) party).remove("responsibility");
        }
        String caseId = ClaimsApi.caseOf(file);

        ClaimsApi.claimsOfCase(caseId).then().statusCode(200)
                .body("items", hasSize(2))
                .body(P2_BY_PICC + ".covers.policyNumber", contains(V1_COMPULSORY))
                .body(P1_BY_CPIC + ".covers.policyNumber", contains(V2_COMPULSORY));
    }
}
