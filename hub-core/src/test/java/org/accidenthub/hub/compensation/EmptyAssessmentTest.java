package org.accidenthub.hub.compensation;

import static org.accidenthub.hub.compensation.CompensationFixtures.PICC;
import static org.accidenthub.hub.compensation.CompensationFixtures.assess;
import static org.accidenthub.hub.compensation.CompensationFixtures.exampleCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.accidenthub.hub.testsupport.Database;
import org.junit.jupiter.api.Test;

/** An assessment that states no loss at all is refused, listing the fields that could state one. */
@QuarkusTest
class EmptyAssessmentTest {

    @Test
    void an_empty_assessment_is_422_listing_every_loss_field_and_stores_nothing() {
        String caseId = exampleCase();

        assess(PICC, caseId, "P2", "{}").then().statusCode(422).contentType("application/problem+json")
                .body("errors.path", containsInAnyOrder("/died", "/disability", "/medicalReceipts",
                        "/followUpTreatment", "/lostIncome", "/nursing", "/transport", "/hospitalDays", "/nutrition",
                        "/disabilityAids", "/dependants", "/mentalDistress", "/propertyLoss"))
                .body("errors.code", everyItem(equalTo("ONE_OF_REQUIRED")));

        assertThat(Database.count("select count(*) from loss_assessments where case_id = cast(? as uuid)", caseId))
                .isZero();
    }

    @Test
    void a_note_alone_or_died_false_states_no_loss_either() {
        String caseId = exampleCase();

        assess(PICC, caseId, "P2", "{\"note\":\"to follow\",\"died\":false}").then().statusCode(422);
    }

    @Test
    void one_loss_item_is_enough() {
        String caseId = exampleCase();

        assess(PICC, caseId, "P2", "{\"propertyLoss\":\"1500.00\"}").then().statusCode(201);
    }
}
