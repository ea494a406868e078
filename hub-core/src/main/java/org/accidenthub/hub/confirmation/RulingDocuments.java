package org.accidenthub.hub.confirmation;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.cases.CaseParty;
import org.accidenthub.hub.compensation.CaseFacts;
import org.accidenthub.hub.mediation.Agreement;
import org.accidenthub.hub.mediation.AgreementTerm;
import org.accidenthub.hub.mediation.Mediation;
import org.accidenthub.hub.mediation.MediationOrganisations;
import org.accidenthub.hub.mediation.MediationQueries;
import org.accidenthub.hub.rulings.RulingDocument;
import org.accidenthub.hub.rulings.RulingPdfRenderer;
import org.accidenthub.schemas.v1.DisputePartyKind;
import org.accidenthub.schemas.v1.PaymentMethod;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The ruling of an application as a PDF document (民事裁定书), made from what the hub recorded: the court
 * and case number, the applicants (no identity numbers: the document is handed to both parties), the
 * agreement's terms, and the decision with the articles it rests on (Civil Procedure Law arts. 205-206).
 */
@ApplicationScoped
public class RulingDocuments {

    private final Mutiny.SessionFactory sessions;
    private final Courts courts;
    private final MediationOrganisations organisations;
    private final RulingPdfRenderer renderer = new RulingPdfRenderer();

    RulingDocuments(Mutiny.SessionFactory sessions, Courts courts, MediationOrganisations organisations) {
        this.sessions = sessions;
        this.courts = courts;
        this.organisations = organisations;
    }

    /** The PDF bytes; the application is ruled (CONFIRMED or REJECTED). */
    Uni<byte[]> pdf(ConfirmationApplicationRow row) {
        return sessions.withSession(session -> session.find(AccidentCase.class, row.caseId)
                .chain(kase -> CaseFacts.load(session, kase))
                .chain(facts -> session.find(Agreement.class, row.agreementId)
                        .chain(agreement -> session.find(Mediation.class, agreement.mediationId)
                                .chain(mediation -> MediationQueries.termsOf(session, agreement.id)
                                        .map(terms -> document(row, facts.parties(), mediation, terms))))))
                // rendering (font subsetting) takes CPU for a while: off the event loop
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(renderer::render);
    }

    private RulingDocument document(ConfirmationApplicationRow row, List<CaseParty> parties, Mediation mediation,
            List<AgreementTerm> terms) {
        String court = courts.court(row.courtCode).map(Courts.Court::name).orElse(row.courtCode);
        String applicants = parties.stream().map(p -> p.name).collect(Collectors.joining("、"));
        String committee = organisations.organisations().containsKey(mediation.organisationCode)
                ? organisations.organisations().get(mediation.organisationCode).name() : mediation.organisationCode;
        LocalDate filed = LocalDate.ofInstant(row.filedAt, CaseFacts.ACCIDENT_ZONE);
        List<String> reasoning = List.of(
                "申请人" + applicants + "于" + filed.getYear() + "年" + filed.getMonthValue() + "月" + filed.getDayOfMonth()
                        + "日向本院申请确认经" + committee + "主持调解达成的调解协议的效力。本院受理后依法进行了审查。",
                "经审查，双方当事人达成的调解协议内容如下：");
        List<String> decision = new ArrayList<>();
        if (row.state == ApplicationState.CONFIRMED) {
            decision.add("本院认为，申请人达成的调解协议，符合司法确认的条件。依照《中华人民共和国民事诉讼法》第二百零五条、"
                    + "第二百零六条规定，裁定如下：");
            decision.add("申请人" + applicants + "达成的调解协议有效。");
            decision.add("当事人应当按照调解协议的约定自觉履行义务。一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院"
                    + "申请执行。");
        } else {
            decision.add("本院认为，" + String.join("；", row.rulingReasons == null ? List.of() : List.of(
                    row.rulingReasons.split("\n"))) + "。依照《中华人民共和国民事诉讼法》第二百零六条规定，裁定如下：");
            decision.add("驳回申请人" + applicants + "的司法确认申请。");
            decision.add("当事人可以通过调解方式变更原调解协议或者达成新的调解协议，也可以向人民法院提起诉讼。");
        }
        return new RulingDocument(court, row.caseNumber,
                parties.stream().map(p -> new RulingDocument.Party("申请人", p.name, description(p))).toList(),
                reasoning,
                terms.stream().map(t -> new RulingDocument.Term(payer(t, parties), name(t.payeeRef, parties), t.amount,
                        t.dueOn, method(t.method))).toList(),
                decision, row.signingJudge(), null, LocalDate.ofInstant(row.ruledAt, CaseFacts.ACCIDENT_ZONE));
    }

    private static String description(CaseParty party) {
        String gender = "M".equals(party.gender) ? "男" : "F".equals(party.gender) ? "女" : null;
        String born = party.birthDate == null ? null : party.birthDate.getYear() + "年" + party.birthDate.getMonthValue()
                + "月" + party.birthDate.getDayOfMonth() + "日出生";
        if (gender == null && born == null) {
            return null;
        }
        return gender == null ? born : born == null ? gender : gender + "，" + born;
    }

    private static String payer(AgreementTerm term, List<CaseParty> parties) {
        return term.payerKind == DisputePartyKind.INSURER ? term.payerCode : name(term.payerCode, parties);
    }

    private static String name(String ref, List<CaseParty> parties) {
        return parties.stream().filter(p -> p.ref.equals(ref)).map(p -> p.name).findFirst().orElse(ref);
    }

    private static String method(PaymentMethod method) {
        return switch (method) {
            case BANK_TRANSFER -> "银行转账";
            case CASH -> "现金";
            case INSURER_DIRECT -> "保险公司直接支付";
            default -> null;
        };
    }
}
