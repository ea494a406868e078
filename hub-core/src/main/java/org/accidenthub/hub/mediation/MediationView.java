package org.accidenthub.hub.mediation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.accidenthub.hub.compensation.Amounts;

/**
 * The case's latest mediation as the API shows it: who mediates and why, the sessions, every
 * agreement drafted with its terms and signatures, and which parties have still to sign. What a
 * platform pushed keeps its own ids beside the hub's (platformSessionId, platformAgreementId).
 */
public record MediationView(UUID mediationId, int number, String organisationCode, MediationChannel channel,
        MediationState state, Instant assignedAt, String failureReason, Instant endedAt, List<SessionView> sessions,
        List<AgreementView> agreements) {

    /**
     * @param platformSessionId a pushed session's own id and number at its platform (null when recorded
     *                          through the API, like endedAt, outcome and minutes)
     */
    public record SessionView(int number, Instant heldAt, String mode, String attendees, String summary,
            String recordedBy, Instant recordedAt, Instant endedAt, String outcome, String platformSessionId,
            Integer platformSessionNumber, DocumentView minutes) {
    }

    /** A document the hub knows by hash (its bytes travel separately). */
    public record DocumentView(String name, String mediaType, String sha256, long size) {
    }

    /** @param awaiting the parties whose signature is missing (empty once in effect) */
    public record AgreementView(UUID agreementId, int version, int calculationVersion, AgreementState state,
            String total, List<TermView> terms, List<SignatureView> signatures, List<String> awaiting,
            String draftedBy, Instant draftedAt, Instant effectiveAt, String platformAgreementId,
            Integer platformVersion) {
    }

    /** @param payer {@code INSURER:PICC} or {@code PARTY:P1} */
    public record TermView(String payerKind, String payer, String payeeRef, String amount, LocalDate dueDate,
            String method) {
    }

    public record SignatureView(String partyRef, String way, String signedBy, Instant signedAt, String evidenceName,
            String evidenceSha256) {
    }

    static SessionView session(MediationSession s) {
        return new SessionView(s.number, s.heldAt, s.mode.name(), s.attendees, s.summary, s.recordedBy,
                s.recordedAt, s.endedAt, s.outcome == null ? null : s.outcome.name(), s.platformSessionId,
                s.platformSessionNumber, s.minutesSha256 == null ? null
                        : new DocumentView(s.minutesName, s.minutesMediaType, s.minutesSha256, s.minutesSize));
    }

    static AgreementView agreement(Agreement a, List<AgreementTerm> terms, List<AgreementSignature> signatures,
            List<String> partyRefs) {
        Set<String> signed = signatures.stream().map(s -> s.partyRef).collect(Collectors.toSet());
        return new AgreementView(a.id, a.number, a.calculationVersion, a.state,
                Amounts.format(AgreementDrafting.total(terms)),
                terms.stream().map(t -> new TermView(t.payerKind.name(), t.payerCode, t.payeeRef,
                        Amounts.format(t.amount), t.dueOn, t.method.name())).toList(),
                signatures.stream().map(s -> new SignatureView(s.partyRef, s.way.name(), s.signedBy, s.signedAt,
                        s.evidenceName, s.evidenceSha256)).toList(),
                a.state == AgreementState.DRAFT ? partyRefs.stream().filter(r -> !signed.contains(r)).toList()
                        : List.of(),
                a.draftedBy, a.draftedAt, a.effectiveAt, a.platformAgreementId, a.platformVersion);
    }
}
