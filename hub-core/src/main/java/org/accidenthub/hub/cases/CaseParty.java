package org.accidenthub.hub.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.accidenthub.hub.privacy.SealedText;

/**
 * A person involved in the accident, as the current revision describes them. The ID number and phone are
 * stored sealed (AES-256-GCM), with keyed hashes beside them to find a party without decrypting
 * (docs/SECURITY.md "Personal data").
 */
@Entity
@Table(name = "case_parties")
public class CaseParty extends CasePart {

    public String ref;

    public String role;

    public String name;

    @Column(name = "id_type")
    public String idType;

    @Column(name = "id_number")
    @Convert(converter = SealedText.class)
    public String idNumber;

    /** {@link org.accidenthub.hub.privacy.LookupHash#idNumber}: search by ID number without decryption. */
    @Column(name = "id_number_lookup")
    public byte[] idNumberLookup;

    public String gender;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Convert(converter = SealedText.class)
    public String phone;

    @Column(name = "phone_lookup")
    public byte[] phoneLookup;

    @Column(name = "vehicle_ref")
    public String vehicleRef;

    public String responsibility;

    @Column(name = "responsibility_share")
    public Integer responsibilityShare;

    @Column(name = "share_explicit")
    public boolean shareExplicit;

    public String injury;
}
