package org.accidenthub.hub.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.OrgType;
import org.junit.jupiter.api.Test;

/** The masks, and who sees what (docs/SECURITY.md "Who sees personal data"). */
class PrivacyMasksTest {

    @Test
    void an_id_number_keeps_its_region_and_last_four() {
        assertThat(Masks.idNumber("411702198503141230")).isEqualTo("411702********1230");
        assertThat(Masks.idNumber("E12345678")).isEqualTo("E12**5678");
        assertThat(Masks.idNumber("1234")).isEqualTo("****");
        assertThat(Masks.idNumber(null)).isNull();
    }

    @Test
    void a_phone_keeps_its_prefix_and_last_four() {
        assertThat(Masks.phone("13803960001")).isEqualTo("138****0001");
        assertThat(Masks.phone("0396-1234567")).isEqualTo("039*****4567");
        assertThat(Masks.phone("12345")).as("too short for a prefix").isEqualTo("*2345");
        assertThat(Masks.phone("1234")).isEqualTo("****");
    }

    @Test
    void an_address_is_cut_after_its_county_level_division() {
        assertThat(Masks.address("驻马店市驿城区中华路社区7号楼2单元301室")).isEqualTo("驻马店市驿城区…");
        assertThat(Masks.address("周口市沈丘县槐店回族镇东城路18号")).isEqualTo("周口市沈丘县…");
        assertThat(Masks.address("驿城区")).isEqualTo("驿城区");
        assertThat(Masks.address("解放路与中华路交叉口南100米，中华路社区")).isEqualTo("…");
    }

    @Test
    void police_judges_and_arbitrators_see_full_values_everyone_else_masked() {
        assertThat(Disclosure.of(caller("police", OrgType.POLICE))).isEqualTo(Disclosure.FULL);
        assertThat(Disclosure.of(caller("judge", OrgType.COURT))).isEqualTo(Disclosure.FULL);
        assertThat(Disclosure.of(caller("arbitrator", OrgType.ARBITRATION))).isEqualTo(Disclosure.FULL);
        assertThat(Disclosure.of(caller("insurer", OrgType.INSURER))).isEqualTo(Disclosure.MASKED);
        assertThat(Disclosure.of(caller("mediator", OrgType.MEDIATION))).isEqualTo(Disclosure.MASKED);
        assertThat(Disclosure.of(caller("party", OrgType.PARTY))).isEqualTo(Disclosure.MASKED);
        assertThat(Disclosure.of(caller("admin", OrgType.OPERATOR))).isEqualTo(Disclosure.MASKED);
        // a role alone is not enough: the organisation must be of the kind that needs the data
        assertThat(Disclosure.of(caller("police", OrgType.INSURER))).isEqualTo(Disclosure.MASKED);
    }

    @Test
    void the_parties_of_a_canonical_record_are_masked_and_nothing_else() throws Exception {
        ObjectNode record = (ObjectNode) new ObjectMapper().readTree("""
                {"location": {"address": "驻马店市驿城区雪松大道与文明路交叉口"},
                 "parties": [{"ref": "P1", "idNumber": "411702198503141230", "phone": "13803960001",
                              "address": "驻马店市驿城区中华路社区7号楼", "name": "张伟"},
                             {"ref": "P2", "idNumber": "411724199007224566", "phone": null, "address": null}]}""");

        Disclosure.MASKED.parties(record);

        assertThat(record.at("/parties/0/idNumber").asText()).isEqualTo("411702********1230");
        assertThat(record.at("/parties/0/phone").asText()).isEqualTo("138****0001");
        assertThat(record.at("/parties/0/address").asText()).isEqualTo("驻马店市驿城区…");
        assertThat(record.at("/parties/0/name").asText()).isEqualTo("张伟");
        assertThat(record.at("/parties/1/phone").isNull()).isTrue();
        assertThat(record.at("/location/address").asText()).as("the accident's place is not a person's")
                .isEqualTo("驻马店市驿城区雪松大道与文明路交叉口");
    }

    static Caller caller(String role, OrgType type) {
        return new Caller("someone", "client", Set.of(role), type, "ORG");
    }
}
