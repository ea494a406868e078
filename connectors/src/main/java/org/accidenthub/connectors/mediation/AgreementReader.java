package org.accidenthub.connectors.mediation;

import static org.accidenthub.connectors.json.Presence.OPTIONAL;
import static org.accidenthub.connectors.json.Presence.REQUIRED;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.accidenthub.connectors.json.JsonFields;
import org.accidenthub.connectors.spi.ReadContext;
import org.accidenthub.schemas.v1.AgreementSignature;
import org.accidenthub.schemas.v1.AttachmentRef;
import org.accidenthub.schemas.v1.MediationAgreement;
import org.accidenthub.schemas.v1.Mediator;
import org.accidenthub.schemas.v1.SettlementTerm;

/** Reads an {@code AGREEMENT} message (format page, "AGREEMENT") and checks the rules between its fields. */
final class AgreementReader {

    static final int MAX_TERMS = 100;
    static final int MAX_SIGNATURES = 50;

    private AgreementReader() {
    }

    static MediationAgreement read(JsonFields message, MessageHeader header, ReadContext context) {
        String agreementId = message.matching("agreementId", REQUIRED, MediationFormat.PLATFORM_ID,
                MediationProblemCode.PATTERN_MISMATCH, "1 to 64 of A-Z a-z 0-9 . _ : -");
        Long version = message.integer("version", REQUIRED, 1, 1_000);
        Long calculationVersion = message.integer("calculationVersion", REQUIRED, 1, Integer.MAX_VALUE);
        List<JsonFields> termFields = message.objects("terms", REQUIRED, 1, MAX_TERMS);
        List<SettlementTerm> terms = new ArrayList<>();
        termFields.forEach(term -> terms.add(TermReader.read(term)));
        BigDecimal total = MessageFields.amount(message, "total", REQUIRED);
        List<JsonFields> signatureFields = message.objects("signatures", OPTIONAL, 0, MAX_SIGNATURES);
        List<AgreementSignature> signatures = new ArrayList<>();
        signatureFields.forEach(signature -> signatures.add(SignatureReader.read(signature, context)));
        JsonFields mediatorFields = message.object("mediator", REQUIRED);
        Mediator mediator = mediatorFields == null ? null : MessageFields.mediator(mediatorFields);
        Instant draftedAt = MessageFields.pastInstant(message, "draftedAt", REQUIRED, context);
        Instant effectiveAt = MessageFields.pastInstant(message, "effectiveAt", OPTIONAL, context);
        JsonFields documentFields = message.object("document", OPTIONAL);
        AttachmentRef document = documentFields == null ? null : MessageFields.document(documentFields);

        AgreementRules rules = new AgreementRules(message, termFields, terms, signatureFields, signatures);
        rules.totalIsTheSumOfTheTerms(total);
        rules.dueDatesAreNotBeforeTheDraft(draftedAt);
        rules.signaturesAreNotBeforeTheDraft(draftedAt);
        rules.effectiveOnlyWhenEverySignatureIsThere(effectiveAt);

        if (!header.complete() || agreementId == null || version == null || calculationVersion == null
                || terms.isEmpty() || terms.contains(null) || total == null || signatures.contains(null)
                || mediator == null || draftedAt == null || (documentFields != null && document == null)) {
            return null;
        }
        return MediationAgreement.newBuilder()
                .setMessageId(header.messageId())
                .setAgreementId(agreementId)
                .setMediationId(header.mediationId())
                .setCaseId(header.caseId())
                .setVersion(version.intValue())
                .setCalculationVersion(calculationVersion.intValue())
                .setTerms(terms)
                .setTotal(total)
                .setSignatures(signatures)
                .setMediator(mediator)
                .setDraftedAt(draftedAt)
                .setEffectiveAt(effectiveAt)
                .setDocument(document)
                .build();
    }
}
