package org.accidenthub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.accidenthub.hub.testsupport.Database;
import org.accidenthub.hub.testsupport.PoliceFiles;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.junit.jupiter.api.Test;

/**
 * Case ids are not guessable: random (version 4, RFC 9562) UUIDs with 122 random bits, so knowing
 * one case id tells nothing about another. Scoping answers 404 outside the caller's organisation
 * anyway; this keeps ids from being a second way in.
 */
@QuarkusTest
class CaseIdTest {

    @Test
    void new_cases_get_random_version_4_uuids() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            ids.add(UUID.fromString(PoliceUploads.caseOf(PoliceFiles.bytes(PoliceFiles.example()))));
        }

        assertThat(ids).hasSize(5).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2); // IETF variant
        });
    }

    @Test
    void every_stored_case_id_is_a_version_4_uuid() {
        PoliceUploads.caseOf(PoliceFiles.bytes(PoliceFiles.example()));

        assertThat(Database.count("select count(*) from cases where substr(id::text, 15, 1) <> ?", "4")).isZero();
    }
}
