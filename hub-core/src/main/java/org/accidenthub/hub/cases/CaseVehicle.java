package org.accidenthub.hub.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A vehicle involved in the accident. */
@Entity
@Table(name = "case_vehicles")
public class CaseVehicle extends CasePart {

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
