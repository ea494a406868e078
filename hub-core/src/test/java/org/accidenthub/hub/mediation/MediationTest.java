package org.accidenthub.hub.mediation;

import static io.restassured.RestAssured.given;
import static org.accidenthub.hub.testsupport.Adjudication.CPIC;
import static org.accidenthub.hub.testsupport.Adjudication.MEDIATOR;
import static org.accidenthub.hub.testsupport.Adjudication.ORGANISATION;
import static org.accidenthub.hub.testsupport.Adjudication.OTHER_MEDIATOR;
import static org.accidenthub.hub.testsupport.Adjudication.PARTY_P1;
import static org.accidenthub.hub.testsupport.Adjudication.PARTY_P2;
import static org.accidenthub.hub.testsupport.Adjudication.PICC;
import static org.accidenthub.hub.testsupport.Adjudication.POLICE_SQ;
import static org.accidenthub.hub.testsupport.Adjudication.POLICE_ZMD;
import static org.accidenthub.hub.testsupport.Adjudication.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Base64;
import java.util.List;
import org.accidenthub.hub.testsupport.Adjudication;
import org.accidenthub.hub.testsupport.Database;
import org.junit.jupiter.api.Test;

/** Mediation: assignment, sessions, the agreement and its signatures, failure; scoping and bad input. */
@QuarkusTest
class MediationTest {

    private static final String MEDIATIONS = "/api/v1/cases/{caseId}/mediations";

    @Test
    void the_police_refer_a_case_and_the_organisations_mediator_sees_it_from_then_on() {
        String caseId = Adjudication.calculatedCase();
        given().auth().oauth2(MEDIATOR).get("/api/v1/cases/{id}", caseId).then().statusCode(404);

        Adjudication.assign(POLICE_ZMD, caseId, ORGANISATION).then().statusCode(201)
                .body("channel", equalTo("POLICE_REFERRAL"))
                .body("caseState", equalTo("MEDIATING"))
                .body("number", equalTo(1));

        given().auth().oauth2(MEDIATOR).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("state", equalTo("MEDIATING"));
        given().auth().oauth2(MEDIATOR).get("/api/v1/cases/{id}/compensation/1", caseId).then().statusCode(200);
        given().auth().oauth2(OTHER_MEDIATOR).get("/api/v1/cases/{id}", caseId).then().statusCode(404);
        Adjudication.timeline(MEDIATOR, caseId).then().statusCode(200)
                .body("transitions[-1].from", equalTo("CLAIMS_OPEN"))
                .body("transitions[-1].to", equalTo("MEDIATING"))
                .body("transitions[-1].actor.orgCode", equalTo("411700000000"))
                .body("transitions[-1].reason", equalTo("POLICE_REFERRAL to ZMD-MED-01"));
    }

    @Test
    void a_party_may_ask_for_mediation_of_their_own_case_only() {
        String caseId = Adjudication.calculatedCase();
        Adjudication.assign(STRANGER, caseId, ORGANISATION).then().statusCode(404);
        Adjudication.assign(PARTY_P2, caseId, ORGANISATION).then().statusCode(201)
                .body("channel", equalTo("PARTY_REQUEST"));
    }

    @Test
    void an_unknown_organisation_is_refused_and_nothing_is_stored() {
        String caseId = Adjudication.calculatedCase();
        Adjudication.assign(POLICE_ZMD, caseId, "NOPE-01").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].path", equalTo("/organisationCode"))
                .body("errors[0].code", equalTo("UNKNOWN_ORGANISATION"));
        assertThat(Database.count("select count(*) from mediations where case_id = ?::uuid", caseId)).isZero();
        assertThat(Database.count("select count(*) from case_transitions where case_id = ?::uuid and to_state"
                + " = 'MEDIATING'", caseId)).isZero();
    }

    @Test
    void assigning_a_case_already_in_mediation_is_an_illegal_transition() {
        String caseId = Adjudication.calculatedCase();
        Adjudication.assign(POLICE_ZMD, caseId, ORGANISATION).then().statusCode(201);
        Adjudication.assign(POLICE_ZMD, caseId, ORGANISATION).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:accident-hub:problem:conflict"))
                .body("errors[0].code", equalTo("ILLEGAL_TRANSITION"));
        assertThat(Database.count("select count(*) from mediations where case_id = ?::uuid", caseId)).isOne();
    }

    @Test
    void who_may_assign_is_decided_by_role_and_organisation() {
        String caseId = Adjudication.calculatedCase();
        given().contentType("application/json").body("{\"organisationCode\":\"ZMD-MED-01\"}")
                .post(MEDIATIONS, caseId).then().statusCode(401).contentType("application/problem+json");
        Adjudication.assign(PICC, caseId, ORGANISATION).then().statusCode(403);
        Adjudication.assign(MEDIATOR, caseId, ORGANISATION).then().statusCode(403);
        Adjudication.assign(POLICE_SQ, caseId, ORGANISATION).then().statusCode(404);
    }

    @Test
    void the_mediator_records_sessions_and_every_bad_field_is_reported_with_its_path() {
        String caseId = Adjudication.calculatedCase();
        Adjudication.assign(POLICE_ZMD, caseId, ORGANISATION).then().statusCode(201);
        String sessions = MEDIATIONS + "/current/sessions";
        given().auth().oauth2(MEDIATOR).contentType("application/json")
                .body("{\"heldAt\":\"2026-10-05T09:30:00+08:00\",\"mode\":\"IN_PERSON\",\"attendees\":\"张伟、李娜\","
                        + "\"summary\":\"双方就赔偿金额初步协商\"}")
                .post(sessions, caseId).then().statusCode(201).body("number", equalTo(1));
        given().auth().oauth2(MEDIATOR).contentType("application/json")
                .body("{\"heldAt\":\"yesterday\",\"mode\":\"TELEPATHY\",\"summary\":\"\"}")
                .post(sessions, caseId).then().statusCode(422)
                .body("errors.path", containsInAnyOrder("/heldAt", "/mode", "/attendees", "/summary"));
        given().auth().oauth2(OTHER_MEDIATOR).contentType("application/json")
                .body("{\"heldAt\":\"2026-10-05T09:30:00+08:00\",\"mode\":\"PHONE\",\"attendees\":\"x\",\"summary\":\"y\"}")
                .post(sessions, caseId).then().statusCode(404);
        given().auth().oauth2(PICC).get(MEDIATIONS + "/current", caseId).then().statusCode(200)
                .body("sessions", hasSize(1));
    }

    @Test
    void an_agreement_names_a_calculation_version_and_payers_and_payees_of_the_case() {
        String caseId = Adjudication.calculatedCase();
        Adjudication.assign(POLICE_ZMD, caseId, ORGANISATION).then().statusCode(201);
        Adjudication.draft(MEDIATOR, caseId, "{\"calculationVersion\":7,\"terms\":[{\"payer\":{\"kind\":\"INSURER\","
                + "\"insurerCode\":\"AXA\"},\"payeeRef\":\"P9\",\"amount\":\"100.00\",\"dueDate\":\""
                + Adjudication.inDays(5) + "\",\"method\":\"CASH\"}]}").then().statusCode(422)
                .body("errors.path", containsInAnyOrder("/calculationVersion", "/terms/0/payer/insurerCode",
                        "/terms/0/payeeRef"))
                .body("errors.code", containsInAnyOrder("CALCULATION_NOT_FOUND", "UNKNOWN_INSURER", "UNKNOWN_PARTY"));
        Adjudication.draft(MEDIATOR, caseId, "{\"calculationVersion\":1,\"terms\":[{\"payer\":{\"kind\":\"PARTY\"},"
                + "\"amount\":\"-1\",\"dueDate\":\"2020-01-01\",\"method\":\"GOLD\"}]}").then().statusCode(422)
                .body("errors.path", containsInAnyOrder("/terms/0/payer/partyRef", "/terms/0/payeeRef",
                        "/terms/0/amount", "/terms/0/dueDate", "/terms/0/method"));
        Adjudication.draft(MEDIATOR, caseId, "{\"calculationVersion\":1,\"terms\":[],\"extra\":1}").then()
                .statusCode(400).body("errors[0].code", equalTo("UNKNOWN_FIELD"));
        assertThat(Database.count("select count(*) from agreements where case_id = ?::uuid", caseId)).isZero();
    }

    @Test
    void the_agreement_takes_effect_when_every_party_signed_one_of_them_in_person() {
        String caseId = Adjudication.calculatedCase();
        Adjudication.assign(POLICE_ZMD, caseId, ORGANISATION).then().statusCode(201);
        Adjudication.draft(MEDIATOR, caseId, Adjudication.agreementBody("42000.00")).then().statusCode(201)
                .body("version", equalTo(1))
                .body("state", equalTo("DRAFT"))
                .body("awaiting", equalTo(List.of("P1", "P2")));

        Adjudication.sign(PARTY_P1, caseId, 1).then().statusCode(201).body("awaiting", equalTo(List.of("P2")));
        Adjudication.sign(PARTY_P1, caseId, 1).then().statusCode(200).body("signatures", hasSize(1));
        Adjudication.sign(STRANGER, caseId, 1).then().statusCode(404);
        String page = Base64.getEncoder().encodeToString("%PDF-1.4 signed page".getBytes());
        given().auth().oauth2(MEDIATOR).contentType("application/json")
                .body("{\"partyRef\":\"P2\",\"evidence\":{\"name\":\"p2-signed.pdf\",\"mediaType\":\"application/pdf\","
                        + "\"contentBase64\":\"" + page + "\"}}")
                .post(MEDIATIONS + "/current/agreements/1/signatures", caseId).then().statusCode(201)
                .body("state", equalTo("EFFECTIVE"))
                .body("signatures.find { it.partyRef == 'P2' }.way", equalTo("IN_PERSON"))
                .body("signatures.find { it.partyRef == 'P1' }.way", equalTo("ELECTRONIC"));

        given().auth().oauth2(PARTY_P2).get(MEDIATIONS + "/current", caseId).then().statusCode(200)
                .body("state", equalTo("AGREED"))
                .body("agreements[0].total", equalTo("42000.00"));
        Adjudication.timeline(PARTY_P1, caseId).then().body("state", equalTo("AGREED"))
                .body("openDeadlines.find { it.kind == 'CONFIRMATION_APPLICATION' }.overdue", equalTo(false));
        assertThat(Database.count("select count(*) from outbox_events where aggregateid = ? and type like"
                + " 'MEDIATION_AGREEMENT_%'", caseId)).isEqualTo(4);
    }

    @Test
    void an_in_person_signature_needs_the_signed_page() {
        String caseId = Adjudication.calculatedCase();
        Adjudication.assign(POLICE_ZMD, caseId, ORGANISATION).then().statusCode(201);
        Adjudication.draft(MEDIATOR, caseId, Adjudication.agreementBody("42000.00")).then().statusCode(201);
        given().auth().oauth2(MEDIATOR).contentType("application/json")
                .body("{\"partyRef\":\"P2\",\"evidence\":{\"name\":\"p.pdf\",\"mediaType\":\"text/plain\","
                        + "\"contentBase64\":\"***\"}}")
                .post(MEDIATIONS + "/current/agreements/1/signatures", caseId).then().statusCode(422)
                .body("errors.path", containsInAnyOrder("/evidence/mediaType", "/evidence/contentBase64"));
        assertThat(Database.count("select count(*) from agreement_signatures s join agreements a on a.id ="
                + " s.agreement_id where a.case_id = ?::uuid", caseId)).isZero();
    }

    @Test
    void a_redraft_supersedes_the_unsigned_draft_and_a_failure_ends_the_mediation_with_its_reason() {
        String caseId = Adjudication.calculatedCase();
        Adjudication.assign(POLICE_ZMD, caseId, ORGANISATION).then().statusCode(201);
        Adjudication.draft(MEDIATOR, caseId, Adjudication.agreementBody("42000.00")).then().statusCode(201);
        Adjudication.sign(PARTY_P1, caseId, 1).then().statusCode(201);
        Adjudication.draft(MEDIATOR, caseId, Adjudication.agreementBody("45000.00")).then().statusCode(201)
                .body("version", equalTo(2));
        Adjudication.sign(PARTY_P2, caseId, 1).then().statusCode(409)
                .body("errors[0].code", equalTo("AGREEMENT_SUPERSEDED"));

        given().auth().oauth2(MEDIATOR).contentType("application/json").body("{\"reason\":\"OTHER\"}")
                .post(MEDIATIONS + "/current/failure", caseId).then().statusCode(422)
                .body("errors[0].path", equalTo("/detail"));
        given().auth().oauth2(MEDIATOR).contentType("application/json")
                .body("{\"reason\":\"NO_AGREEMENT_ON_AMOUNT\",\"detail\":\"李娜要求6万元，保险公司只认4.5万元\"}")
                .post(MEDIATIONS + "/current/failure", caseId).then().statusCode(200)
                .body("state", equalTo("FAILED"))
                .body("caseState", equalTo("MEDIATION_FAILED"));

        Adjudication.sign(PARTY_P2, caseId, 2).then().statusCode(409);
        Adjudication.draft(MEDIATOR, caseId, Adjudication.agreementBody("1.00")).then().statusCode(409)
                .body("errors[0].code", equalTo("NO_OPEN_MEDIATION"));
        Adjudication.timeline(CPIC, caseId).then().statusCode(200)
                .body("transitions[-1].to", equalTo("MEDIATION_FAILED"))
                .body("transitions[-1].reason", equalTo("mediation 1 failed: NO_AGREEMENT_ON_AMOUNT: "
                        + "李娜要求6万元，保险公司只认4.5万元"));
        // mediated again after the failure (CaseTransitions: MEDIATION_FAILED → MEDIATING)
        Adjudication.assign(POLICE_ZMD, caseId, ORGANISATION).then().statusCode(201).body("number", equalTo(2));
    }
}
