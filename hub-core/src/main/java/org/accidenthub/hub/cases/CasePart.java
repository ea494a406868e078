package org.accidenthub.hub.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * What every row describing a part of a case has: its own id, the case it belongs to, and
 * its position in the source file, kept so that every reader lists the parts alike.
 */
@MappedSuperclass
public abstract class CasePart {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public int position;
}
