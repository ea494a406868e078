package org.accidenthub.hub.arbitration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.accidenthub.schemas.v1.AwardOutcome;

/** A case referred to an arbitration commission, with the referral as sent and, later, the commission's award. */
@Entity
@Table(name = "arbitration_referrals")
public class ArbitrationReferralRow {

    static final String REFERRED = "REFERRED";
    static final String AWARDED = "AWARDED";

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    /** The commission's organisation code: its arbitrators' {@code org_code}. */
    @Column(name = "commission_code")
    public String commissionCode;

    @Column(name = "referred_by")
    public String referredBy;

    @Column(name = "referred_by_party_ref")
    public String referredByPartyRef;

    @Column(name = "referred_at")
    public Instant referredAt;

    /** REFERRED or AWARDED. */
    public String state;

    /** The ArbitrationReferral record; names and document hashes only (no ID or phone numbers). */
    @Column(name = "canonical_referral")
    public byte[] canonicalReferral;

    @Column(name = "award_message_id")
    public String awardMessageId;

    @Column(name = "award_number")
    public String awardNumber;

    @Enumerated(EnumType.STRING)
    public AwardOutcome outcome;

    @Column(name = "awarded_at")
    public Instant awardedAt;

    @Column(name = "award_received_at")
    public Instant awardReceivedAt;

    @Column(name = "award_received_from")
    public String awardReceivedFrom;

    @Column(name = "canonical_award")
    public byte[] canonicalAward;
}
