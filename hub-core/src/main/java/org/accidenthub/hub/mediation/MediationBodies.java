package org.accidenthub.hub.mediation;

import java.util.List;

/** The JSON bodies of the mediation endpoints (read strictly: an unknown field is 400). */
public final class MediationBodies {

    private MediationBodies() {
    }

    /** {@code POST /api/v1/cases/{caseId}/mediations}: which organisation mediates, and why. */
    public record AssignmentRequest(String organisationCode, String note) {
    }

    /** {@code POST …/mediation/sessions}. @param mode ONLINE_VIDEO, IN_PERSON or PHONE */
    public record SessionRequest(String heldAt, String mode, String attendees, String summary) {
    }

    /** {@code POST …/mediation/agreements}: terms agreed from one calculation version. */
    public record AgreementRequest(Integer calculationVersion, List<TermBody> terms) {
    }

    /**
     * @param payer  {@code {"kind":"INSURER","insurerCode":"PICC"}} or {@code {"kind":"PARTY","partyRef":"P1"}}
     * @param method BANK_TRANSFER, CASH, INSURER_DIRECT or OTHER
     */
    public record TermBody(PayerBody payer, String payeeRef, String amount, String dueDate, String method) {
    }

    public record PayerBody(String kind, String partyRef, String insurerCode) {
    }

    /**
     * {@code POST …/agreements/{version}/signatures}. A party signs with an empty body (their own
     * account says who they are); a mediator records an in-person signature with {@code partyRef}
     * and the signed page as {@code evidence}.
     */
    public record SignatureRequest(String partyRef, EvidenceBody evidence) {
    }

    /** @param contentBase64 the bytes of the signed page or its photo, base64 */
    public record EvidenceBody(String name, String mediaType, String contentBase64) {
    }

    /** @param reason a MediationFailureReason symbol, e.g. NO_AGREEMENT_ON_AMOUNT */
    public record FailureRequest(String reason, String detail) {
    }
}
