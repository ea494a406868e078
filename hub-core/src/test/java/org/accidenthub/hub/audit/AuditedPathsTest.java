package org.accidenthub.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which requests are recorded as what, and which fields of a write are named. */
class AuditedPathsTest {

    final AuditedPaths paths = new AuditedPaths(List.of("/api/v1/regional-standards"));

    @Test
    void lists_are_searches_and_anything_below_them_is_a_read() {
        assertThat(paths.actionOf("GET", "/api/v1/cases")).contains(AuditAction.SEARCH);
        assertThat(paths.actionOf("GET", "/api/v1/claims/")).contains(AuditAction.SEARCH);
        assertThat(paths.actionOf("GET", "/api/v1/cases/" + UUID.randomUUID() + "/revisions/2"))
                .contains(AuditAction.READ);
    }

    @Test
    void every_other_method_is_a_write_even_on_reference_data() {
        assertThat(paths.actionOf("POST", "/api/v1/police/accident-files")).contains(AuditAction.WRITE);
        assertThat(paths.actionOf("PUT", "/api/v1/regional-standards/41/2025")).contains(AuditAction.WRITE);
    }

    @Test
    void reads_of_reference_data_operations_and_preflights_are_not_recorded() {
        assertThat(paths.actionOf("GET", "/api/v1/regional-standards/41/2025")).isEmpty();
        assertThat(paths.actionOf("GET", "/q/health/ready")).isEmpty();
        assertThat(paths.actionOf("OPTIONS", "/api/v1/cases")).isEmpty();
        assertThat(paths.actionOf("GET", "/api/v1/regional-standardsX")).isEqualTo(Optional.of(AuditAction.SEARCH));
    }

    @Test
    void a_case_id_is_taken_from_the_path_only_when_well_formed() {
        UUID id = UUID.randomUUID();
        assertThat(AuditedPaths.caseIdIn("/api/v1/cases/" + id + "/attachments/a.pdf")).isEqualTo(id);
        assertThat(AuditedPaths.caseIdIn("/api/v1/cases/" + id)).isEqualTo(id);
        assertThat(AuditedPaths.caseIdIn("/api/v1/cases/not-a-case")).isNull();
        assertThat(AuditedPaths.caseIdIn("/api/v1/claims/" + id)).isNull();
    }

    @Test
    void the_fields_of_a_write_are_the_top_level_keys_without_values() {
        byte[] json = "{\"reportNumber\":\"X\",\"parties\":[{\"name\":\"张伟\"}],\"sender\":{\"unitCode\":\"1\"}}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(WrittenFields.namesIn(json)).containsExactly("reportNumber", "parties", "sender");
        assertThat(WrittenFields.namesIn("[1,2]".getBytes(StandardCharsets.UTF_8))).isEmpty();
        // a body cut short still names what it got to; the endpoint answers the malformed JSON itself
        assertThat(WrittenFields.namesIn("{\"a\":1,\"b\":[1,".getBytes(StandardCharsets.UTF_8))).startsWith("a");
    }

    record Offer(String amount, String calculationId) {
    }

    @Test
    void the_fields_of_a_write_read_into_a_record_are_its_components_that_were_given() {
        assertThat(WrittenFields.namesIn(new Offer("100.00", null))).containsExactly("amount");
    }
}
