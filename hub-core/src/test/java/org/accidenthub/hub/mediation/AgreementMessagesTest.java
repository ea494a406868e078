package org.accidenthub.hub.mediation;

import static io.restassured.RestAssured.given;
import static org.accidenthub.hub.mediation.PlatformMessages.ago;
import static org.accidenthub.hub.mediation.PlatformMessages.agreement;
import static org.accidenthub.hub.mediation.PlatformMessages.caseState;
import static org.accidenthub.hub.mediation.PlatformMessages.agreements;
import static org.accidenthub.hub.mediation.PlatformMessages.events;
import static org.accidenthub.hub.mediation.PlatformMessages.mediating;
import static org.accidenthub.hub.mediation.PlatformMessages.mediatingWithSignedPages;
import static org.accidenthub.hub.mediation.PlatformMessages.send;
import static org.accidenthub.hub.mediation.PlatformMessages.signatures;
import static org.accidenthub.hub.mediation.PlatformMessages.signedAtPlatform;
import static org.accidenthub.hub.mediation.PlatformMessages.signedByInsurer;
import static org.accidenthub.hub.mediation.PlatformMessages.signedInPerson;
import static org.accidenthub.hub.mediation.PlatformMessages.storedAnswers;
import static org.accidenthub.hub.testsupport.Adjudication.MEDIATOR;
import static org.accidenthub.hub.testsupport.Adjudication.OTHER_MEDIATOR;
import static org.accidenthub.hub.testsupport.Adjudication.PARTY_P1;
import static org.accidenthub.hub.testsupport.Adjudication.PARTY_P2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import org.accidenthub.hub.cases.Sha256;
import org.accidenthub.hub.mediation.PlatformMessages.Mediating;
import org.accidenthub.hub.mediation.PlatformMessages.SignedPages;
import org.accidenthub.hub.testsupport.Adjudication;
import org.junit.jupiter.api.Test;

/**
 * A platform's AGREEMENT (docs/formats/mediation-messages.md, "AGREEMENT in the hub"): drafted through the
 * mediator API's services; only in-person signatures with the signed page held count; platform accounts'
 * signatures are warned about; once per messageId; a refused message stores nothing.
 */
@QuarkusTest
class AgreementMessagesTest {

    @Test
    void two_in_person_signatures_with_their_pages_held_make_it_effective_and_the_parties_may_apply_to_court() {
        SignedPages pages = mediatingWithSignedPages();
        Mediating m = pages.mediation();

        // first state: drafted, P1 signed on paper
        send(MEDIATOR, signedInPerson(agreement(m, 1, "50000.00"), "P1", pages.p1())).then().statusCode(200)
                .body("messageType", equalTo("AGREEMENT"))
                .body("warnings", nullValue())
                .body("result.state", equalTo("DRAFT"))
                .body("result.platformAgreementId", equalTo("A-1"))
                .body("result.platformVersion", equalTo(1))
                .body("result.awaiting", contains("P2"));
        // second state of the same version: both signed; P1's signature is not doubled
        ObjectNode signedByAll = signedByInsurer(signedInPerson(signedInPerson(agreement(m, 1, "50000.00"), "P1",
                pages.p1()), "P2", pages.p2())).put("effectiveAt", ago(10));
        send(MEDIATOR, signedByAll).then().statusCode(200)
                .body("warnings.code", contains("INSURER_SIGNATURE_NOT_KEPT"))
                .body("warnings.path", contains("/signatures/2"))
                .body("result.state", equalTo("EFFECTIVE"))
                .body("result.effectiveAt", notNullValue())
                .body("result.signatures.way", contains("IN_PERSON", "IN_PERSON"))
                .body("result.signatures.signedBy", contains("mediator-zhaomin", "mediator-zhaomin"))
                .body("result.signatures.evidenceSha256", containsInAnyOrder(Sha256.hex(pages.p1()),
                        Sha256.hex(pages.p2())));

        assertThat(agreements(m.caseId())).isOne();
        assertThat(signatures(m.caseId())).isEqualTo(2);
        assertThat(caseState(m.caseId())).isEqualTo("AGREED");
        given().auth().oauth2(MEDIATOR).get("/api/v1/cases/{id}/mediations/current", m.caseId()).then()
                .body("state", equalTo("AGREED"));
        // the agreement is the hub's own: the parties apply jointly for judicial confirmation
        String application = Adjudication.filedApplication(m.caseId());
        assertThat(application).isNotBlank();
        // and a later state of it finds no open mediation, as the API's signing would
        send(MEDIATOR, signedInPerson(agreement(m, 1, "50000.00"), "P1", pages.p1())).then().statusCode(409)
                .body("errors[0].code", equalTo("NO_OPEN_MEDIATION"));
    }

    @Test
    void platform_account_signatures_are_not_counted_until_the_parties_sign_in_the_hub() {
        Mediating m = mediating();
        ObjectNode message = signedByInsurer(signedAtPlatform(signedAtPlatform(agreement(m, 1, "50000.00"), "P1"),
                "P2")).put("effectiveAt", ago(10));

        send(MEDIATOR, message).then().statusCode(200)
                .body("result.state", equalTo("DRAFT"))
                .body("result.signatures", empty())
                .body("result.awaiting", contains("P1", "P2"))
                .body("warnings.code", contains("INSURER_SIGNATURE_NOT_KEPT", "SIGNATURE_NEEDS_PARTY_ACCOUNT",
                        "SIGNATURE_NEEDS_PARTY_ACCOUNT", "NOT_EFFECTIVE_IN_HUB"))
                .body("warnings.path", contains("/signatures/2", "/signatures/0", "/signatures/1", "/effectiveAt"))
                .body("warnings[1].message", containsString("/mediations/current/agreements/1/signatures"));
        assertThat(signatures(m.caseId())).isZero();
        assertThat(caseState(m.caseId())).isEqualTo("MEDIATING");

        Adjudication.sign(PARTY_P1, m.caseId(), 1).then().statusCode(201).body("state", equalTo("DRAFT"));
        Adjudication.sign(PARTY_P2, m.caseId(), 1).then().statusCode(201).body("state", equalTo("EFFECTIVE"));
        assertThat(caseState(m.caseId())).isEqualTo("AGREED");
    }

    @Test
    void an_in_person_signature_whose_page_the_case_does_not_hold_is_422_and_nothing_is_stored() {
        SignedPages pages = mediatingWithSignedPages();
        SignedPages elsewhere = mediatingWithSignedPages();
        Mediating m = pages.mediation();
        long eventsBefore = events(m.caseId());
        ObjectNode message = signedInPerson(agreement(m, 1, "50000.00"), "P1", pages.p1());
        signedInPerson(message, "P2", "never uploaded".getBytes(StandardCharsets.US_ASCII));
        // held by the hub, but as another case's attachment
        signedInPerson(message, "P2", elsewhere.p2());

        send(MEDIATOR, message).then().statusCode(422).contentType("application/problem+json")
                .body("errors.code", contains("EVIDENCE_NOT_UPLOADED", "EVIDENCE_NOT_UPLOADED"))
                .body("errors.path", contains("/signatures/1/evidence", "/signatures/2/evidence"));
        assertThat(agreements(m.caseId())).isZero();
        assertThat(signatures(m.caseId())).isZero();
        assertThat(events(m.caseId())).isEqualTo(eventsBefore);
        assertThat(storedAnswers(message.get("messageId").asText())).isZero();
    }

    @Test
    void another_organisations_mediator_is_refused_and_nothing_is_stored() {
        Mediating m = mediating();
        ObjectNode theirs = agreement(m, 1, "50000.00");
        ((ObjectNode) theirs.get("mediator")).put("organisationCode", "XYZ-MED-09");

        send(OTHER_MEDIATOR, theirs).then().statusCode(404).contentType("application/problem+json");
        send(OTHER_MEDIATOR, agreement(m, 1, "50000.00")).then().statusCode(403);
        send(PARTY_P1, agreement(m, 1, "50000.00")).then().statusCode(403);
        given().contentType("application/json").body(agreement(m, 1, "50000.00").toString())
                .post(PlatformMessages.MESSAGES).then().statusCode(401);
        assertThat(agreements(m.caseId())).isZero();
        assertThat(storedAnswers(theirs.get("messageId").asText())).isZero();
    }

    @Test
    void a_resend_answers_the_same_and_the_message_id_with_other_content_is_409() {
        SignedPages pages = mediatingWithSignedPages();
        Mediating m = pages.mediation();
        ObjectNode message = signedInPerson(agreement(m, 1, "50000.00"), "P1", pages.p1());
        Response first = send(MEDIATOR, message);
        long eventsAfter = events(m.caseId());
        Response again = send(MEDIATOR, message);

        first.then().statusCode(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.asByteArray()).isEqualTo(first.asByteArray());
        message.put("total", "60000.00");
        ((ObjectNode) message.get("terms").get(0)).put("amount", "60000.00");
        send(MEDIATOR, message).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("messageId"));

        assertThat(agreements(m.caseId())).isOne();
        assertThat(signatures(m.caseId())).isOne();
        assertThat(events(m.caseId())).isEqualTo(eventsAfter);
        assertThat(storedAnswers(message.get("messageId").asText())).isOne();
    }

    @Test
    void an_unknown_calculation_version_and_payee_are_422_at_the_messages_paths_and_nothing_is_stored() {
        Mediating m = mediating();
        ObjectNode message = agreement(m, 1, "50000.00").put("calculationVersion", 7);
        ((ObjectNode) message.get("terms").get(0).get("payee")).put("partyRef", "P9");

        send(MEDIATOR, message).then().statusCode(422)
                .body("errors.path", containsInAnyOrder("/calculationVersion", "/terms/0/payee/partyRef"))
                .body("errors.code", containsInAnyOrder("CALCULATION_NOT_FOUND", "UNKNOWN_PARTY"));
        assertThat(agreements(m.caseId())).isZero();
        assertThat(storedAnswers(message.get("messageId").asText())).isZero();
    }

    @Test
    void version_two_redrafts_an_unsigned_version_one_which_can_then_not_come_back() {
        Mediating m = mediating();
        send(MEDIATOR, agreement(m, 1, "50000.00")).then().statusCode(200).body("result.version", equalTo(1));
        send(MEDIATOR, agreement(m, 2, "48000.00")).then().statusCode(200).body("result.version", equalTo(2))
                .body("result.platformVersion", equalTo(2)).body("result.total", equalTo("48000.00"));

        send(MEDIATOR, agreement(m, 1, "50000.00")).then().statusCode(409)
                .body("errors[0].code", equalTo("AGREEMENT_SUPERSEDED"));
        send(MEDIATOR, agreement(m, 2, "47000.00")).then().statusCode(409)
                .body("errors[0].code", equalTo("AGREEMENT_VERSION_CHANGED"));
        given().auth().oauth2(MEDIATOR).get("/api/v1/cases/{id}/mediations/current", m.caseId()).then()
                .body("agreements", hasSize(2))
                .body("agreements.state", contains("SUPERSEDED", "DRAFT"));
    }
}
