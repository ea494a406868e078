package org.accidenthub.connectors.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    @ParameterizedTest(name = "{0} is a valid resident ID")
    @ValueSource(strings = {
        "11010519491231002X", // the example of GB 11643-1999, check character X
        "440524188001010014", // born 1880: old, but a real date
        "411702198503141230",
        "411724199007224566"
    })
    void knownGoodNumbersAreValid(String number) {
        assertThat(ResidentId.defect(number, TODAY)).isEmpty();
    }

    @Test
    void theCheckCharacterFollowsIso7064Mod112() {
        assertThat(ResidentId.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentId.checkCharacter("41170219850314123")).isEqualTo('0');
        assertThat(ResidentId.checkCharacter("41172419900722456")).isEqualTo('6');
    }

    @ParameterizedTest(name = "{0} has a wrong check character")
    @ValueSource(strings = {"110105194912310021", "411702198503141231", "41170219850314123X"})
    void aWrongCheckCharacterIsFound(String number) {
        assertThat(ResidentId.defect(number, TODAY)).contains(ResidentId.Defect.CHECK_CHARACTER);
    }

    @ParameterizedTest(name = "\"{0}\" is not shaped like a resident ID")
    @NullSource
    @ValueSource(strings = {"", "41170219850314123", "4117021985031412300", "11010519491231002x", "41170219850314A230",
        " 411702198503141230", "４１１７０２１９８５０３１４１２３０"})
    void aWrongShapeIsAFormatDefect(String number) {
        assertThat(ResidentId.defect(number, TODAY)).contains(ResidentId.Defect.FORMAT);
    }

    @Test
    void thirtiethOfFebruaryIsNoBirthDate() {
        assertThat(ResidentId.defect("411702198502301239", TODAY)).contains(ResidentId.Defect.BIRTH_DATE);
    }

    @Test
    void aLeapDayIsABirthDate() {
        String number = "41170220000229123";

        assertThat(ResidentId.defect(number + ResidentId.checkCharacter(number), TODAY)).isEmpty();
    }

    @Test
    void aBirthDateAfterTodayIsADefectAndTodayIsNot() {
        String bornOnNewYear2027 = "411702202701011233";

        assertThat(ResidentId.defect(bornOnNewYear2027, TODAY)).contains(ResidentId.Defect.BIRTH_DATE);
        assertThat(ResidentId.defect(bornOnNewYear2027, LocalDate.of(2027, 1, 1))).isEmpty();
    }

    @Test
    void anOdd17thDigitIsAManAndAnEvenOneAWoman() {
        assertThat(ResidentId.of("411702198503141230", TODAY).sex()).isEqualTo(ResidentId.Sex.MALE);
        assertThat(ResidentId.of("411724199007224566", TODAY).sex()).isEqualTo(ResidentId.Sex.FEMALE);
    }

    @Test
    void theBirthDateIsCharactersSevenToFourteen() {
        assertThat(ResidentId.of("11010519491231002X", TODAY).birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void readingAnInvalidNumberThrows() {
        assertThatThrownBy(() -> ResidentId.of("411702198503141231", TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CHECK_CHARACTER");
    }
}
