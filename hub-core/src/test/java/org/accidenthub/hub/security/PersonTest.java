package org.accidenthub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The name a judge signs with, from the token's profile claims (Keycloak: first name = given, last = family). */
class PersonTest {

    @Test
    void a_chinese_name_is_family_then_given_without_a_space_whatever_the_name_claim_says() {
        // Keycloak's name claim is "given family": 建华 周
        assertThat(Person.of("judge-yc1", "周", "建华", "建华 周").name()).isEqualTo("周建华");
        assertThat(Person.of("judge-x", "欧阳", "娜娜", null).name()).isEqualTo("欧阳娜娜");
    }

    @Test
    void a_latin_name_keeps_given_first() {
        assertThat(Person.of("judge-x", "Smith", "Anna", "Anna Smith").name()).isEqualTo("Anna Smith");
    }

    @Test
    void without_both_parts_the_name_claim_then_either_part_then_the_user_name() {
        assertThat(Person.of("judge-x", null, "", " 王磊 ").name()).isEqualTo("王磊");
        assertThat(Person.of("judge-x", "王", null, null).name()).isEqualTo("王");
        assertThat(Person.of("judge-x", " ", null, "").name()).isEqualTo("judge-x");
        assertThat(Person.of("judge-x", null, null, null).username()).isEqualTo("judge-x");
    }

    @Test
    void a_person_needs_a_user_name() {
        assertThatThrownBy(() -> new Person(null, "周建华")).isInstanceOf(NullPointerException.class);
    }
}
