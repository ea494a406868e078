package org.accidenthub.connectors.police;

import org.accidenthub.schemas.v1.Gender;
import org.accidenthub.schemas.v1.IdType;
import org.accidenthub.schemas.v1.InjuryDegree;
import org.accidenthub.schemas.v1.Party;
import org.accidenthub.schemas.v1.PartyRole;
import org.accidenthub.schemas.v1.Responsibility;

/** Maps one party (docs/formats/police-accident-file.md, "Mapping"). */
final class PartyMapper {

    private PartyMapper() {
    }

    static Party party(PoliceFile.Party party) {
        return Party.newBuilder()
                .setRef(party.ref())
                .setRole(PartyRole.valueOf(party.role()))
                .setName(party.name())
                .setIdType(IdType.valueOf(party.idType()))
                .setIdNumber(party.idNumber())
                .setGender(PoliceFileMapper.code(Gender.class, party.gender()))
                .setBirthDate(party.birthDate())
                .setPhone(party.phone())
                .setAddress(party.address())
                .setResidenceDivisionCode(party.residenceDivisionCode())
                .setVehicleRef(party.vehicleRef())
                .setResponsibility(PoliceFileMapper.code(Responsibility.class, party.responsibility()))
                .setResponsibilityShare(share(party))
                .setResponsibilityShareExplicit(party.responsibilityShare() != null)
                .setInjury(InjuryDegree.valueOf(party.injury()))
                .build();
    }

    /** The explicit share, else the class default; none without a responsibility class. */
    private static Integer share(PoliceFile.Party party) {
        return party.responsibility() == null
                ? null
                : ResponsibilityShare.of(party.responsibility(), party.responsibilityShare());
    }
}
