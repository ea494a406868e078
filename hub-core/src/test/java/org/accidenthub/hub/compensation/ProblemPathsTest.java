package org.accidenthub.hub.compensation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accidenthub.connectors.spi.Problem;
import org.junit.jupiter.api.Test;

class ProblemPathsTest {

    @Test
    void a_module_property_path_becomes_a_json_pointer() {
        assertThat(ProblemPaths.pointer("victims[0].dependants[12].age")).isEqualTo("/victims/0/dependants/12/age");
        assertThat(ProblemPaths.pointer("parties")).isEqualTo("/parties");
        assertThat(ProblemPaths.pointer("")).isEqualTo("");
    }

    @Test
    void the_module_problems_are_relocated_with_their_code_and_message() {
        List<Problem> problems = ProblemPaths.of(List.of(new org.accidenthub.compensation.Problem(
                "victims[1].age", "AGE_REQUIRED", "age needed")), pointer -> "/x" + pointer);

        assertThat(problems).containsExactly(new Problem("/x/victims/1/age", "AGE_REQUIRED", "age needed"));
    }

    @Test
    void a_rule_problem_about_an_unreadable_value_or_its_parent_is_not_repeated() {
        List<Problem> unreadable = List.of(new Problem("/lostIncome/dailyIncome", "PATTERN_MISMATCH", "m"));
        List<Problem> rules = List.of(new Problem("/lostIncome", "LOST_INCOME_BASIS", "m"),
                new Problem("/lostIncomeDays", "OTHER", "m"), new Problem("", "AT_ROOT", "m"));

        assertThat(ProblemPaths.without(rules, unreadable)).extracting(Problem::code)
                .containsExactly("OTHER", "AT_ROOT");
    }
}
