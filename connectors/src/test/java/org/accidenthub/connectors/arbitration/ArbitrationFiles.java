package org.accidenthub.connectors.arbitration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.accidenthub.connectors.canonical.CanonicalJson;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.ReadContext;
import org.accidenthub.schemas.v1.AccidentRecordRef;
import org.accidenthub.schemas.v1.ArbitrationAward;
import org.accidenthub.schemas.v1.ArbitrationReferral;
import org.accidenthub.schemas.v1.AttachmentRef;
import org.accidenthub.schemas.v1.CalculationRef;
import org.accidenthub.schemas.v1.CaseFile;
import org.accidenthub.schemas.v1.DisputeParty;
import org.accidenthub.schemas.v1.DisputePartyKind;
import org.accidenthub.schemas.v1.FindingKind;
import org.accidenthub.schemas.v1.LiabilityFinding;
import org.accidenthub.schemas.v1.MediationEnd;
import org.accidenthub.schemas.v1.MediationFailureReason;
import org.accidenthub.schemas.v1.MediationRecordRef;
import org.accidenthub.schemas.v1.Obligation;
import org.accidenthub.schemas.v1.PartyResponsibility;
import org.accidenthub.schemas.v1.Responsibility;

/** Fixtures of the arbitration tests: files under {@code arbitration/} and canonical records built in code. */
final class ArbitrationFiles {

    static final ObjectMapper JSON = new ObjectMapper();
    static final ArbitrationAwardConnector CONNECTOR = new ArbitrationAwardConnector();
    static final ArbitrationReferralWriter WRITER = new ArbitrationReferralWriter();
    /** The hub received the fixtures' awards a week after they were made. */
    static final ReadContext CONTEXT = new ReadContext(Instant.parse("2026-10-27T00:00:00Z"));

    static final String REFERRAL_ID = "6f1c2b7e-3d4a-4e5f-9a8b-7c6d5e4f3a21";
    static final String CASE_ID = "0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b";

    private ArbitrationFiles() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = ArbitrationFiles.class.getResourceAsStream("/arbitration/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture arbitration/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static Conversion<ArbitrationAward> read(String xml) {
        return CONNECTOR.read(xml.getBytes(StandardCharsets.UTF_8), CONTEXT);
    }

    static JsonNode canonical(ArbitrationAward award) {
        try {
            // through text and back, so that numbers compare by value (an Avro long against a JSON int)
            return JSON.readTree(CanonicalJson.of(award).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String name) {
        try {
            return JSON.readTree(bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden award with one element's text replaced: {@code <name>old</name>} → {@code <name>replacement</name>}. */
    static String awardWith(String element, String oldText, String replacement) {
        String award = text("award.xml");
        String old = "<" + element + ">" + oldText + "</" + element + ">";
        if (!award.contains(old)) {
            throw new IllegalArgumentException("award.xml has no " + old);
        }
        return award.replaceFirst(java.util.regex.Pattern.quote(old),
                java.util.regex.Matcher.quoteReplacement("<" + element + ">" + replacement + "</" + element + ">"));
    }

    /** The reasons of the golden award. */
    static String reasons() {
        return "申请人主张的误工费中超出驻马店市建筑业平均工资部分，证据不足，不予支持。";
    }

    /** The golden award with a piece of text replaced (must occur). */
    static String awardReplacing(String old, String replacement) {
        String award = text("award.xml");
        if (!award.contains(old)) {
            throw new IllegalArgumentException("award.xml has no " + old);
        }
        return award.replace(old, replacement);
    }

    static DisputeParty party(String ref, String name) {
        return DisputeParty.newBuilder().setKind(DisputePartyKind.PARTY).setPartyRef(ref).setName(name).build();
    }

    static DisputeParty insurer(String code, String name) {
        return DisputeParty.newBuilder().setKind(DisputePartyKind.INSURER).setInsurerCode(code).setName(name).build();
    }

    static AttachmentRef document(String name, String sha256, long size) {
        return AttachmentRef.newBuilder().setName(name).setMediaType("application/pdf").setSha256(sha256)
                .setSize(size).build();
    }

    /** A referral with every optional part present. */
    static ArbitrationReferral fullReferral() {
        DisputeParty victim = party("P2", "李娜");
        DisputeParty driver = party("P1", "张伟");
        DisputeParty insurer = insurer("PICC", "中国人民财产保险股份有限公司驻马店市分公司");
        return ArbitrationReferral.newBuilder()
                .setMessageId("hub-7f3e2a10")
                .setReferralId(REFERRAL_ID)
                .setCaseId(CASE_ID)
                .setCommissionCode("ZMD-AC")
                .setCommissionName("驻马店仲裁委员会")
                .setClaimants(List.of(victim))
                .setRespondents(List.of(driver, insurer))
                .setClaims(List.of(
                        obligation(insurer, victim, "118000.00", null, "交强险与商业三者险赔付"),
                        obligation(driver, victim, "6450.50", LocalDate.parse("2026-11-30"), "自负部分 & 精神损害抚慰金")))
                .setArbitrationAgreement(document("仲裁协议.pdf",
                        "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", 48213))
                .setCaseFile(CaseFile.newBuilder()
                        .setAccident(AccidentRecordRef.newBuilder()
                                .setUnitCode("411702000000")
                                .setReportNumber("4117022026000123")
                                .setRevision(2)
                                .setRecordSha256("fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9")
                                .setOccurredAt(Instant.parse("2026-10-03T00:15:00Z"))
                                .setAddress("驻马店市驿城区解放路与中华路交叉口")
                                .setNarrative("张伟驾驶豫Q12345小型轿车沿解放路由东向西行驶，与李娜驾驶的电动自行车发生碰撞。")
                                .build())
                        .setFinding(LiabilityFinding.newBuilder()
                                .setKind(FindingKind.LIABILITY_FINDING)
                                .setDocumentNumber("驿公交认字〔2026〕第00123号")
                                .setIssuedAt(Instant.parse("2026-10-10T02:00:00Z"))
                                .setServedAt(Instant.parse("2026-10-11T01:30:00Z"))
                                .build())
                        .setResponsibilities(List.of(
                                share("P1", "张伟", Responsibility.MAIN, 70),
                                share("P2", "李娜", Responsibility.SECONDARY, 30)))
                        .setCalculation(CalculationRef.newBuilder()
                                .setCalculationId("3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7")
                                .setVersion(3)
                                .setTotal(new BigDecimal("124450.50"))
                                .build())
                        .setEvidence(List.of(
                                document("认定书.pdf", "486ea46224d1bb4fb680f34f7c9ad96a8f24ec88be73ea8e5a6c65260e9cb8a7", 120034),
                                document("诊断证明.pdf", "a591a6d40bf420404a011733cfb7b190d62c65bf0bcda32b57b277d9ad9f146e", 80211)))
                        .setMediation(MediationRecordRef.newBuilder()
                                .setMediationId("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")
                                .setOrganisationCode("ZMD-YC-RMTJ")
                                .setSessionsHeld(2)
                                .setEnd(MediationEnd.FAILED)
                                .setFailureReason(MediationFailureReason.NO_AGREEMENT_ON_AMOUNT)
                                .setDocument(document("调解记录.pdf",
                                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 30512))
                                .build())
                        .build())
                .setReferredAt(Instant.parse("2026-10-15T06:30:00.250Z"))
                .build();
    }

    /** A referral with only the required parts. */
    static ArbitrationReferral minimalReferral() {
        return minimalReferral("追尾");
    }

    static ArbitrationReferral minimalReferral(String narrative) {
        return ArbitrationReferral.newBuilder()
                .setMessageId("hub-minimal-1")
                .setReferralId(REFERRAL_ID)
                .setCaseId(CASE_ID)
                .setCommissionCode("ZMD-AC")
                .setArbitrationAgreement(document("agreement.pdf",
                        "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", 1))
                .setCaseFile(CaseFile.newBuilder()
                        .setAccident(AccidentRecordRef.newBuilder()
                                .setUnitCode("411702000000")
                                .setReportNumber("4117022026000124")
                                .setRevision(1)
                                .setRecordSha256("fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9")
                                .setOccurredAt(Instant.parse("2026-10-04T12:00:00Z"))
                                .setNarrative(narrative)
                                .build())
                        .build())
                .setReferredAt(Instant.parse("2026-10-16T00:00:00Z"))
                .build();
    }

    private static Obligation obligation(DisputeParty payer, DisputeParty payee, String amount, LocalDate due,
            String description) {
        return Obligation.newBuilder().setPayer(payer).setPayee(payee).setAmount(new BigDecimal(amount))
                .setDueDate(due).setDescription(description).build();
    }

    private static PartyResponsibility share(String ref, String name, Responsibility responsibility, int share) {
        return PartyResponsibility.newBuilder().setPartyRef(ref).setName(name).setResponsibility(responsibility)
                .setShare(share).build();
    }
}
