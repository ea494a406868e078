package org.accidenthub.connectors.police;

import java.time.LocalDate;
import org.accidenthub.connectors.identity.ResidentId;
import org.accidenthub.connectors.json.Pointer;
import org.accidenthub.connectors.spi.ProblemCollector;
import org.accidenthub.connectors.spi.ReadContext;

/**
 * A party's resident ID (spec, parties[].idNumber, gender, birthDate; GB 11643-1999): valid,
 * and in agreement with the gender and birth date sent beside it.
 */
final class IdentityRules implements CrossFieldRule {

    @Override
    public void check(PoliceFile file, ReadContext context, ProblemCollector problems) {
        LocalDate today = AccidentDates.today(context);
        for (PoliceFile.Party party : file.parties()) {
            if ("RESIDENT_ID".equals(party.idType()) && party.idNumber() != null) {
                check(party, today, problems);
            }
        }
    }

    private static void check(PoliceFile.Party party, LocalDate today, ProblemCollector problems) {
        String path = Pointer.field(party.path(), "idNumber");
        var defect = ResidentId.defect(party.idNumber(), today);
        if (defect.isPresent()) {
            switch (defect.get()) {
                case FORMAT -> problems.error(path, ProblemCode.ID_FORMAT.name(),
                        "a resident ID is 17 digits followed by a digit or X");
                case CHECK_CHARACTER -> problems.error(path, ProblemCode.ID_CHECK_CHARACTER.name(),
                        "the check character (ISO 7064 MOD 11-2) does not match the first 17 digits");
                case BIRTH_DATE -> problems.error(path, ProblemCode.ID_BIRTH_DATE.name(),
                        "characters 7-14 are not a birth date (a real date, not in the future)");
            }
            return;
        }
        ResidentId id = ResidentId.of(party.idNumber(), today);
        String gender = id.sex() == ResidentId.Sex.MALE ? "M" : "F";
        if (party.gender() != null && !party.gender().equals(gender)) {
            problems.error(Pointer.field(party.path(), "gender"), ProblemCode.GENDER_MISMATCH.name(),
                    "does not match the resident ID (its 17th digit is odd for M, even for F)");
        }
        if (party.birthDate() != null && !party.birthDate().equals(id.birthDate())) {
            problems.error(Pointer.field(party.path(), "birthDate"), ProblemCode.BIRTH_DATE_MISMATCH.name(),
                    "does not match the birth date in the resident ID (its characters 7-14)");
        }
    }
}
