package org.accidenthub.hub.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A vehicle involved in the accident. */
@Entity
@Table(name = "case_vehicles")
public class CaseVehicle {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public int position;

    public String ref;

    public String plate;

    public String category;

    @Column(name = "motor_vehicle")
    public boolean motorVehicle;

    public String vin;

    @Column(name = "owner_name")
    public String ownerName;

    public String damage;
}
