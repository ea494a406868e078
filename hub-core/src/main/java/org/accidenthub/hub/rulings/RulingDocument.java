package org.accidenthub.hub.rulings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a judicial-confirmation ruling (民事裁定书) says, as the renderer lays it out: the court and
 * case number, the parties, the terms of the mediation agreement, the ruling's own paragraphs, and
 * who signs it when.
 *
 * @param courtName  e.g. 驻马店市驿城区人民法院
 * @param caseNumber special-procedure case number, e.g. (2026)豫1702民特123号
 * @param parties    the applicants in the order the ruling names them
 * @param reasoning  paragraphs before the terms (how the application came, what the court examined)
 * @param terms      the agreement's terms, each printed as one numbered item
 * @param decision   paragraphs after the terms: what the court rules (本院裁定如下 ...)
 * @param judge      审判员
 * @param clerk      书记员, or null
 * @param ruledOn    the day of the ruling, printed in Chinese numerals
 */
public record RulingDocument(String courtName, String caseNumber, List<Party> parties, List<String> reasoning,
        List<Term> terms, List<String> decision, String judge, String clerk, LocalDate ruledOn) {

    public RulingDocument {
        Objects.requireNonNull(courtName, "courtName");
        Objects.requireNonNull(caseNumber, "caseNumber");
        parties = List.copyOf(parties);
        reasoning = List.copyOf(reasoning);
        terms = List.copyOf(terms);
        decision = List.copyOf(decision);
        Objects.requireNonNull(judge, "judge");
        Objects.requireNonNull(ruledOn, "ruledOn");
    }

    /**
     * A party as the ruling introduces it.
     *
     * @param role        e.g. 申请人
     * @param name        e.g. 李娜
     * @param description what follows the name, e.g. 女，1992年3月15日出生，汉族，住河南省驻马店市驿城区; may be null
     */
    public record Party(String role, String name, String description) {
        public Party {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * One term of the agreement: who pays whom how much, by when and how.
     *
     * @param method how, e.g. 银行转账; may be null
     */
    public record Term(String payer, String payee, BigDecimal amount, LocalDate dueDate, String method) {
        public Term {
            Objects.requireNonNull(payer, "payer");
            Objects.requireNonNull(payee, "payee");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(dueDate, "dueDate");
        }
    }
}
