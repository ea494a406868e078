package org.accidenthub.hub.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A person involved in the accident, as the current revision describes them. */
@Entity
@Table(name = "case_parties")
public class CaseParty extends CasePart {

    public String ref;

    public String role;

    public String name;

    @Column(name = "id_type")
    public String idType;

    @Column(name = "id_number")
    public String idNumber;

    public String gender;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    public String phone;

    @Column(name = "vehicle_ref")
    public String vehicleRef;

    public String responsibility;

    @Column(name = "responsibility_share")
    public Integer responsibilityShare;

    @Column(name = "share_explicit")
    public boolean shareExplicit;

    public String injury;
}
