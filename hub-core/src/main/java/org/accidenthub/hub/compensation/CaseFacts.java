package org.accidenthub.hub.compensation;

import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.cases.CaseParty;
import org.accidenthub.hub.cases.CasePolicy;
import org.accidenthub.hub.cases.CaseVehicle;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * What a case knows that compensation needs: its parties (roles, vehicles, shares), its vehicles
 * and their policies, and the accident date — the caller is never asked for these.
 *
 * @param kase     the case (its current revision)
 * @param parties  in the order of the file
 * @param vehicles in the order of the file
 * @param policies of every vehicle
 */
public record CaseFacts(AccidentCase kase, List<CaseParty> parties, List<CaseVehicle> vehicles,
        List<CasePolicy> policies) {

    /** Accident times are local to China: the accident date is the date in Asia/Shanghai. */
    public static final ZoneId ACCIDENT_ZONE = ZoneId.of("Asia/Shanghai");

    public static Uni<CaseFacts> load(Mutiny.Session session, AccidentCase kase) {
        return rows(session, CaseParty.class, kase.id)
                .chain(parties -> rows(session, CaseVehicle.class, kase.id)
                        .chain(vehicles -> rows(session, CasePolicy.class, kase.id)
                                .map(policies -> new CaseFacts(kase, parties, vehicles, policies))));
    }

    /** The date of the accident, which decides the compulsory-insurance limits. */
    public LocalDate accidentDate() {
        return kase.occurredAt.atZone(ACCIDENT_ZONE).toLocalDate();
    }

    public Optional<CaseParty> party(String ref) {
        return parties.stream().filter(p -> p.ref.equals(ref)).findFirst();
    }

    public List<String> partyRefs() {
        return parties.stream().map(p -> p.ref).toList();
    }

    private static <T> Uni<List<T>> rows(Mutiny.Session session, Class<T> type, UUID caseId) {
        return session.createSelectionQuery("from " + type.getSimpleName() + " where caseId = :id order by position",
                type).setParameter("id", caseId).getResultList();
    }
}
