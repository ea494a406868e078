package org.accidenthub.connectors.insurer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.accidenthub.connectors.json.JsonFields;
import org.accidenthub.connectors.json.Presence;
import org.accidenthub.connectors.police.ProblemCode;
import org.accidenthub.connectors.spi.ProblemCollector;

/**
 * Reads the body of each inbound message type, every field by its rule (docs/formats/insurer-claim-messages.md,
 * "Inbound messages"). Returns null when a field had a problem; every problem is in the collector.
 */
final class InboundBodyReader {

    static final int MAX_TEXT = 2000;
    static final int MAX_REFERENCE = 64;
    static final List<String> DECISIONS = List.of("ADMITTED", "ADMITTED_WITH_NEGLIGENCE", "NOT_ADMITTED");
    /** Where the accidents happen: "today" for a payment date is a date in China Standard Time. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ProblemCollector problems;

    InboundBodyReader(ProblemCollector problems) {
        this.problems = problems;
    }

    InboundBody read(InsurerMessageType type, JsonFields body, Instant receivedAt) {
        InboundBody read = switch (type) {
            case LIABILITY_RESPONSE -> liability(body);
            case OFFER -> offer(body);
            case PAYMENT_CONFIRMATION -> payment(body, LocalDate.ofInstant(receivedAt, CHINA));
            default -> throw new IllegalArgumentException(type + " is not an inbound message");
        };
        body.reportUnknownFields();
        return problems.hasErrors() ? null : read;
    }

    /** Insurance Law art. 24: a refusal states its reasons, and so does a partial admission. */
    private InboundBody liability(JsonFields body) {
        String decision = body.oneOf("decision", Presence.REQUIRED, DECISIONS);
        boolean needsReason = decision != null && !decision.equals("ADMITTED");
        String reason = body.text("decisionReason", needsReason ? Presence.REQUIRED : Presence.OPTIONAL, MAX_TEXT);
        Integer negligence = null;
        if (body.present("claimantNegligencePct") && decision != null
                && !decision.equals("ADMITTED_WITH_NEGLIGENCE")) {
            problems.error(body.pathOf("claimantNegligencePct"), InsurerProblemCode.NOT_APPLICABLE.name(),
                    "goes only with the decision ADMITTED_WITH_NEGLIGENCE");
        } else {
            Long percent = body.integer("claimantNegligencePct", Presence.OPTIONAL, 1, 99);
            negligence = percent == null ? null : percent.intValue();
        }
        return new InboundBody.Liability(decision, blankToNull(reason), negligence);
    }

    private InboundBody offer(JsonFields body) {
        Long version = body.integer("calculationVersion", Presence.REQUIRED, 1, Integer.MAX_VALUE);
        BigDecimal amount = money(body, "offerAmount");
        currency(body);
        String remarks = body.text("remarks", Presence.OPTIONAL, MAX_TEXT);
        return version == null ? null : new InboundBody.Offer(version.intValue(), amount, blankToNull(remarks));
    }

    private InboundBody payment(JsonFields body, LocalDate today) {
        BigDecimal amount = money(body, "paidAmount");
        currency(body);
        LocalDate day = body.date("paymentDate", Presence.REQUIRED);
        if (day != null && day.isAfter(today)) {
            problems.error(body.pathOf("paymentDate"), InsurerProblemCode.DATE_IN_FUTURE.name(),
                    "may not be after today (" + today + ", China Standard Time)");
        }
        String reference = body.text("paymentReference", Presence.REQUIRED, MAX_REFERENCE);
        return new InboundBody.Payment(amount, day, reference == null ? null : reference.strip());
    }

    private BigDecimal money(JsonFields body, String name) {
        String text = body.text(name, Presence.REQUIRED, 32);
        if (text == null) {
            return null;
        }
        if (!InsurerMoney.TWO_PLACES.matcher(text).matches()) {
            body.fail(name, ProblemCode.PATTERN_MISMATCH, "must be a decimal string with two places, e.g. \"1234.50\"");
            return null;
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.signum() <= 0 || amount.compareTo(InsurerMoney.LARGEST) > 0) {
            body.fail(name, ProblemCode.OUT_OF_RANGE,
                    "must be above 0 and at most " + InsurerMoney.LARGEST.toPlainString());
            return null;
        }
        return amount;
    }

    private static void currency(JsonFields body) {
        body.oneOf("currency", Presence.REQUIRED, List.of(InsurerMoney.CURRENCY));
    }

    /** As the claims API keeps text: without surrounding white space; blank optional text is absent. */
    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
