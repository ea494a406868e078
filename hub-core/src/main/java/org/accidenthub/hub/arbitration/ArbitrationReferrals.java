package org.accidenthub.hub.arbitration;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.accidenthub.connectors.arbitration.ArbitrationReferralWriter;
import org.accidenthub.connectors.arbitration.ArbitrationXml;
import org.accidenthub.hub.cases.CanonicalRecords;
import org.accidenthub.hub.cases.CaseParty;
import org.accidenthub.hub.cases.CaseState;
import org.accidenthub.hub.time.HubTime;
import org.accidenthub.hub.compensation.BodyChecks;
import org.accidenthub.hub.compensation.CaseFacts;
import org.accidenthub.hub.compensation.CompensationEvents;
import org.accidenthub.hub.compensation.LockedCase;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.lifecycle.CaseLifecycle;
import org.accidenthub.hub.lifecycle.StepEvents;
import org.accidenthub.hub.mediation.CaseFiles;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.CaseScope;
import org.accidenthub.schemas.v1.ArbitrationReferral;
import org.accidenthub.schemas.v1.AttachmentRef;
import org.apache.avro.message.BinaryMessageDecoder;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * A party refers the dispute to an arbitration commission, after a failed mediation or on an agreement
 * no court confirmed (CaseTransitions). Arbitration rests on the parties' own choice (Arbitration Law
 * art. 4), so a party refers — not the mediator — naming the commission and giving the written
 * arbitration agreement (art. 16) by hash. The hub assembles the referral (claimant, respondents,
 * case file) as the ArbitrationReferral record; the commission's arbitrators then see the case
 * (CaseScope) and fetch the referral as XML.
 */
@ApplicationScoped
class ArbitrationReferrals {

    private static final ArbitrationReferralWriter WRITER = new ArbitrationReferralWriter();
    private static final BinaryMessageDecoder<ArbitrationReferral> DECODER =
            CanonicalRecords.decoder(ArbitrationReferral.getClassSchema());
    private static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

    private final Mutiny.SessionFactory sessions;
    private final HubTime clock;
    private final ArbitrationCommissions commissions;

    ArbitrationReferrals(Mutiny.SessionFactory sessions, HubTime clock, ArbitrationCommissions commissions) {
        this.sessions = sessions;
        this.clock = clock;
        this.commissions = commissions;
    }

    Uni<ArbitrationView> refer(UUID caseId, ArbitrationBodies.ReferralRequest request, Caller caller) {
        BodyChecks checks = new BodyChecks();
        String commission = checks.requiredText("/commissionCode", request.commissionCode(), 32);
        if (commission != null && !ArbitrationXml.COMMISSION_CODE.matcher(commission).matches()) {
            checks.add("/commissionCode", "PATTERN_MISMATCH", "2 to 32 of A-Z 0-9 -, starting with a letter or digit");
        } else if (commission != null && !commissions.commissions().containsKey(commission)) {
            checks.add("/commissionCode", "UNKNOWN_COMMISSION", "no arbitration commission " + commission
                    + " is configured; known: " + commissions.commissions().keySet().stream().sorted().toList());
        }
        AttachmentRef agreement = agreement(request.arbitrationAgreement(), checks);
        checks.throwIfAny();
        Instant now = clock.now();
        return sessions.withTransaction(session -> LockedCase.lock(session, caseId, CaseScope.of(caller))
                .chain(kase -> CaseFacts.load(session, kase).chain(facts -> {
                    CaseParty claimant = facts.parties().stream()
                            .filter(p -> "RESIDENT_ID".equals(p.idType) && p.idNumber.equals(caller.orgCode()))
                            .findFirst()
                            .orElseThrow(() -> ProblemException.forbidden("the caller is not a party of the case"));
                    return CaseFiles.load(session, kase, facts).chain(contents -> {
                        ArbitrationReferralRow row = new ArbitrationReferralRow();
                        row.id = UUID.randomUUID();
                        row.caseId = caseId;
                        row.commissionCode = commission;
                        row.referredBy = caller.subject();
                        row.referredByPartyRef = claimant.ref;
                        row.referredAt = now;
                        row.state = ArbitrationReferralRow.REFERRED;
                        ArbitrationReferral record = ArbitrationReferral.newBuilder()
                                .setMessageId(UUID.randomUUID().toString())
                                .setReferralId(row.id.toString())
                                .setCaseId(caseId.toString())
                                .setCommissionCode(commission)
                                .setCommissionName(commissions.name(commission).orElseThrow())
                                .setClaimants(CaseFiles.bringing(facts, claimant.ref))
                                .setRespondents(CaseFiles.against(facts, claimant.ref))
                                .setArbitrationAgreement(agreement)
                                .setCaseFile(CaseFiles.of(contents))
                                .setReferredAt(now)
                                .build();
                        row.canonicalReferral = CompensationEvents.encode(record);
                        // the move guards the state: MEDIATION_FAILED or AGREED, else 409 ILLEGAL_TRANSITION
                        return CaseLifecycle.move(session, kase, CaseState.ARBITRATION_REFERRED, caller, now,
                                        "referred to arbitration commission " + commission + " by " + claimant.ref)
                                .chain(() -> session.persistAll(row, StepEvents.of(kase,
                                        CaseEventType.ARBITRATION_REFERRED, caller, now, record)))
                                .replaceWith(() -> ArbitrationView.of(row, commissions, List.of(), List.of()));
                    });
                })));
    }

    /** The case's referral as the partner XML; 404 when there is none the caller may see. */
    Uni<byte[]> currentXml(UUID caseId, Caller caller) {
        CaseScope scope = CaseScope.of(caller);
        return sessions.withSession(session -> {
            Mutiny.SelectionQuery<byte[]> query = session.createSelectionQuery("select r.canonicalReferral from"
                    + " ArbitrationReferralRow r where r.caseId = :id and exists (select c.id from AccidentCase c"
                    + " where c.id = r.caseId and " + scope.predicate() + ") order by r.referredAt desc", byte[].class);
            query.setParameter("id", caseId);
            scope.parameters().forEach(query::setParameter);
            return query.setMaxResults(1).getSingleResultOrNull();
        }).map(canonical -> {
            if (canonical == null) {
                throw ProblemException.notFound("no arbitration referral of case " + caseId);
            }
            try {
                return WRITER.write(DECODER.decode(canonical));
            } catch (IOException unreadable) {
                throw new UncheckedIOException("a stored referral does not decode", unreadable);
            }
        });
    }

    private static AttachmentRef agreement(ArbitrationBodies.DocumentBody body, BodyChecks checks) {
        String at = "/arbitrationAgreement";
        if (body == null) {
            checks.add(at, "REQUIRED", "the parties' written arbitration agreement (Arbitration Law art. 16), by hash");
            return null;
        }
        String name = checks.requiredText(at + "/name", body.name(), 128);
        String mediaType = checks.requiredText(at + "/mediaType", body.mediaType(), 64);
        String sha256 = checks.requiredText(at + "/sha256", body.sha256(), 64);
        if (sha256 != null && !ArbitrationXml.SHA256.matcher(sha256).matches()) {
            checks.add(at + "/sha256", "PATTERN_MISMATCH", "64 hexadecimal characters (the SHA-256 of the bytes)");
            sha256 = null;
        }
        Long size = body.size();
        if (size == null) {
            checks.add(at + "/size", "REQUIRED", "the size in bytes");
        } else if (size < 1 || size > MAX_DOCUMENT_BYTES) {
            checks.add(at + "/size", "OUT_OF_RANGE", "1 to " + MAX_DOCUMENT_BYTES + " bytes");
        }
        if (name == null || mediaType == null || sha256 == null || checks.hasProblems()) {
            return null;
        }
        return AttachmentRef.newBuilder().setName(name).setMediaType(mediaType)
                .setSha256(sha256.toLowerCase(Locale.ROOT)).setSize(size).build();
    }
}
