package org.accidenthub.connectors.arbitration;

import static org.accidenthub.connectors.arbitration.Presence.OPTIONAL;
import static org.accidenthub.connectors.arbitration.Presence.REQUIRED;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.accidenthub.connectors.spi.ReadContext;
import org.accidenthub.schemas.v1.ArbitrationAward;
import org.accidenthub.schemas.v1.AttachmentRef;
import org.accidenthub.schemas.v1.AwardOutcome;
import org.accidenthub.schemas.v1.Obligation;

/** Reads the elements of {@code award} (format page, "Award") and checks the rules between them. */
final class AwardReader {

    static final int MAX_PAYMENTS = 100;

    /** A clock ahead of the hub's by a little is not a future award. */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    /** Outcomes that order someone to pay, and outcomes that cannot. */
    private static final Set<AwardOutcome> PAYING = Set.of(AwardOutcome.AWARDED, AwardOutcome.PARTLY_AWARDED);
    private static final Set<AwardOutcome> NOT_PAYING = Set.of(AwardOutcome.DISMISSED, AwardOutcome.WITHDRAWN);

    private AwardReader() {
    }

    /** The award, or null when anything is wrong (every problem recorded). */
    static ArbitrationAward read(ElementFields award, ReadContext context) {
        String messageId = award.matching("messageId", REQUIRED, ArbitrationXml.MESSAGE_ID,
                "1 to 64 of A-Z a-z 0-9 . _ : -, starting with a letter or digit");
        String referralId = award.matching("referralId", REQUIRED, ArbitrationXml.HUB_ID, "the referral's id (a UUID)");
        String caseId = award.matching("caseId", REQUIRED, ArbitrationXml.HUB_ID, "the case's id (a UUID)");
        String commissionCode = award.matching("commissionCode", REQUIRED, ArbitrationXml.COMMISSION_CODE,
                "2 to 32 of A-Z 0-9 -, starting with a letter or digit");
        String awardNumber = award.text("awardNumber", REQUIRED, 64);
        List<String> arbitrators = arbitrators(award);
        AwardOutcome outcome = award.symbol("outcome", REQUIRED, List.of(AwardOutcome.AWARDED,
                AwardOutcome.PARTLY_AWARDED, AwardOutcome.DISMISSED, AwardOutcome.SETTLED, AwardOutcome.WITHDRAWN));
        Instant awardedAt = award.dateTime("awardedAt", REQUIRED);
        List<ElementFields> paymentElements = award.list("payments", "payment", OPTIONAL, 1, MAX_PAYMENTS);
        List<Obligation> payments = new ArrayList<>();
        paymentElements.forEach(payment -> payments.add(PaymentReader.read(payment)));
        String reasons = award.text("reasons", OPTIONAL, ArbitrationXml.MAX_REASONS);
        ElementFields documentElement = award.group("document", OPTIONAL);
        AttachmentRef document = documentElement == null ? null : DocumentReader.read(documentElement);
        award.reportUnknown(ArbitrationXml.FORMAT_VERSION_ATTRIBUTE);

        checkPayments(award, outcome, paymentElements.size());
        checkTimes(award, awardedAt, paymentElements, payments, context);
        if (messageId == null || referralId == null || caseId == null || commissionCode == null
                || awardNumber == null || arbitrators == null || outcome == null || awardedAt == null
                || payments.contains(null) || (documentElement != null && document == null)) {
            return null;
        }
        return ArbitrationAward.newBuilder()
                .setMessageId(messageId)
                .setReferralId(referralId)
                .setCaseId(caseId)
                .setCommissionCode(commissionCode)
                .setAwardNumber(awardNumber)
                .setArbitrators(arbitrators)
                .setOutcome(outcome)
                .setAmounts(payments)
                .setReasons(reasons)
                .setAwardedAt(awardedAt)
                .setDocument(document)
                .build();
    }

    /** A sole arbitrator or a tribunal of three (Arbitration Law art. 30). */
    private static List<String> arbitrators(ElementFields award) {
        List<String> names = award.texts("arbitrators", "arbitrator", REQUIRED, 1, 3, ArbitrationXml.MAX_NAME);
        if (names != null && names.size() == 2) {
            award.fail(award.path() + "/arbitrators", ArbitrationProblemCode.ARBITRATOR_COUNT,
                    "a tribunal has one arbitrator or three (Arbitration Law art. 30), not two");
            return null;
        }
        return names;
    }

    private static void checkPayments(ElementFields award, AwardOutcome outcome, int payments) {
        String path = award.path() + "/payments";
        if (outcome == null) {
            return; // reported already; Set.of(...).contains(null) would throw
        }
        if (PAYING.contains(outcome) && payments == 0) {
            award.fail(path, ArbitrationProblemCode.PAYMENTS_REQUIRED,
                    outcome + " orders someone to pay: list at least one payment");
        }
        if (NOT_PAYING.contains(outcome) && payments > 0) {
            award.fail(path, ArbitrationProblemCode.PAYMENTS_NOT_ALLOWED, outcome + " orders no payment");
        }
    }

    private static void checkTimes(ElementFields award, Instant awardedAt, List<ElementFields> paymentElements,
            List<Obligation> payments, ReadContext context) {
        if (awardedAt == null) {
            return;
        }
        if (awardedAt.isAfter(context.receivedAt().plus(CLOCK_TOLERANCE))) {
            award.fail(award.path() + "/awardedAt", ArbitrationProblemCode.AWARDED_IN_FUTURE,
                    "must not be later than when the hub received the award");
        }
        LocalDate awardDay = awardedAt.atOffset(ArbitrationXml.CHINA_STANDARD_TIME).toLocalDate();
        for (int i = 0; i < payments.size(); i++) {
            Obligation payment = payments.get(i);
            if (payment != null && payment.getDueDate() != null && payment.getDueDate().isBefore(awardDay)) {
                award.fail(paymentElements.get(i).path() + "/dueDate", ArbitrationProblemCode.DUE_BEFORE_AWARD,
                        "must not be before the day of the award");
            }
        }
    }
}
