package org.accidenthub.hub.stats19;

import static org.assertj.core.api.Assertions.assertThat;

import org.accidenthub.connectors.spi.Problem;
import org.junit.jupiter.api.Test;

class RowProblemTest {

    @Test
    void a_cell_path_gives_table_row_and_column() {
        RowProblem problem = RowProblem.of(new Problem("vehicle row 12, column vehicle_type", "UNKNOWN_CODE", "m"), "X1");

        assertThat(problem).isEqualTo(new RowProblem("vehicle", 12L, "vehicle_type", "X1", "UNKNOWN_CODE", "m"));
    }

    @Test
    void a_column_with_a_comma_in_its_name_is_kept_whole() {
        assertThat(RowProblem.of(new Problem("collision row 9, column a, b", "REQUIRED", "m"), null).column())
                .isEqualTo("a, b");
    }

    @Test
    void a_row_path_has_no_column() {
        assertThat(RowProblem.of(new Problem("collision row 9", "COLUMN_COUNT", "m"), null))
                .isEqualTo(new RowProblem("collision", 9L, null, null, "COLUMN_COUNT", "m"));
    }

    @Test
    void a_file_path_has_neither_row_nor_column() {
        assertThat(RowProblem.of(new Problem("casualty file", "EMPTY_FILE", "m"), null))
                .isEqualTo(new RowProblem("casualty", null, null, null, "EMPTY_FILE", "m"));
    }

    @Test
    void an_unexpected_path_is_kept_as_the_column_rather_than_lost() {
        assertThat(RowProblem.of(new Problem("/somewhere", "X", "m"), null).column()).isEqualTo("/somewhere");
    }
}
