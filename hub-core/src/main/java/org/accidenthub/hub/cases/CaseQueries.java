package org.accidenthub.hub.cases;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.accidenthub.connectors.canonical.CanonicalJson;
import org.accidenthub.hub.cases.CaseView.AttachmentStatus;
import org.accidenthub.hub.cases.CaseView.AttachmentView;
import org.accidenthub.hub.cases.CaseView.EnvironmentView;
import org.accidenthub.hub.cases.CaseView.FindingView;
import org.accidenthub.hub.cases.CaseView.LocationView;
import org.accidenthub.hub.cases.CaseView.PartyView;
import org.accidenthub.hub.cases.CaseView.PolicyView;
import org.accidenthub.hub.cases.CaseView.VehicleView;
import org.accidenthub.hub.privacy.Disclosure;
import org.accidenthub.hub.privacy.LookupHash;
import org.accidenthub.hub.security.CaseScope;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Reads of case data. Every query carries the caller's {@link CaseScope}: a case outside it is
 * not found, exactly as if it did not exist.
 */
@ApplicationScoped
public class CaseQueries {

    private final Mutiny.SessionFactory sessions;
    private final LookupHash lookups;

    CaseQueries(Mutiny.SessionFactory sessions, LookupHash lookups) {
        this.sessions = sessions;
        this.lookups = lookups;
    }

    /** The case, or null when it does not exist or lies outside the scope. */
    public Uni<CaseView> find(UUID caseId, CaseScope scope, Disclosure disclosure) {
        return sessions.withSession(session -> scoped(session, caseId, scope)
                .chain(found -> found == null ? Uni.createFrom().nullItem() : view(session, found, disclosure)));
    }

    public Uni<Page<CaseSummary>> search(CaseSearch search, CaseScope scope) {
        StringBuilder where = new StringBuilder(" from AccidentCase c where ").append(scope.predicate());
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        if (search.reportNumber() != null) {
            where.append(" and c.reportNumber = :reportNumber");
            parameters.put("reportNumber", search.reportNumber());
        }
        if (search.plate() != null) {
            where.append(" and exists (select v.id from CaseVehicle v where v.caseId = c.id and v.plate = :plate)");
            parameters.put("plate", search.plate());
        }
        if (search.idNumber() != null) {
            where.append(" and exists (select p.id from CaseParty p where p.caseId = c.id"
                    + " and p.idNumberLookup = :idNumberLookup)");
            parameters.put("idNumberLookup", lookups.idNumber(search.idNumber()));
        }
        if (search.phone() != null) {
            where.append(" and exists (select p.id from CaseParty p where p.caseId = c.id and p.phoneLookup = :phoneLookup)");
            parameters.put("phoneLookup", lookups.phone(search.phone()));
        }
        if (search.from() != null) {
            where.append(" and c.occurredAt >= :from");
            parameters.put("from", search.from());
        }
        if (search.to() != null) {
            where.append(" and c.occurredAt <= :to");
            parameters.put("to", search.to());
        }
        String items = "select new org.accidenthub.hub.cases.CaseSummary(c.id, c.unitCode, c.reportNumber, c.state,"
                + " c.revision, c.occurredAt, c.divisionCode, c.level, c.form)" + where
                + " order by c.occurredAt desc, c.id";
        return sessions.withSession(session -> {
            Mutiny.SelectionQuery<CaseSummary> page = session.createSelectionQuery(items, CaseSummary.class)
                    .setFirstResult(search.page() * search.size())
                    .setMaxResults(search.size());
            Mutiny.SelectionQuery<Long> count = session.createSelectionQuery("select count(c)" + where, Long.class);
            parameters.forEach(page::setParameter);
            parameters.forEach(count::setParameter);
            return page.getResultList().chain(found -> count.getSingleResult()
                    .map(total -> new Page<>(found, search.page(), search.size(), total)));
        });
    }

    /** The revisions of a case, oldest first, or null when the case is out of scope. */
    public Uni<List<RevisionView>> revisions(UUID caseId, CaseScope scope) {
        return sessions.withSession(session -> scoped(session, caseId, scope).chain(found -> found == null
                ? Uni.createFrom().nullItem()
                : session.createSelectionQuery("select r.revision, r.receivedAt, r.connectorName, r.connectorVersion,"
                                + " r.rawSha256, r.contentSha256, r.schemaFingerprint, r.senderSubject, r.senderOrgCode"
                                + " from InboundRecord r where r.caseId = :id order by r.revision", Object[].class)
                        .setParameter("id", caseId)
                        .getResultList()
                        .map(rows -> rows.stream().map(row -> revision(row, null, Disclosure.MASKED)).toList())));
    }

    /** One revision with its canonical record, or null when absent or out of scope. */
    public Uni<RevisionView> revision(UUID caseId, int revision, CaseScope scope, Disclosure disclosure) {
        return sessions.withSession(session -> scoped(session, caseId, scope).chain(found -> found == null
                ? Uni.createFrom().nullItem()
                : session.createSelectionQuery("from InboundRecord r where r.caseId = :id and r.revision = :revision",
                                InboundRecord.class)
                        .setParameter("id", caseId)
                        .setParameter("revision", revision)
                        .getSingleResultOrNull()
                        .map(inbound -> inbound == null ? null : revision(new Object[] {inbound.revision,
                                inbound.receivedAt, inbound.connectorName, inbound.connectorVersion, inbound.rawSha256,
                                inbound.contentSha256, inbound.schemaFingerprint, inbound.senderSubject,
                                inbound.senderOrgCode}, inbound.canonicalRecord, disclosure))));
    }

    private static RevisionView revision(Object[] row, byte[] canonical, Disclosure disclosure) {
        return new RevisionView((Integer) row[0], (Instant) row[1], row[2] + "/" + row[3], (String) row[4],
                (String) row[5], HexFormat.of().toHexDigits((Long) row[6]), (String) row[7], (String) row[8],
                canonical == null ? null : disclosure.parties(CanonicalJson.of(CanonicalRecords.decode(canonical))));
    }

    /** The case when it exists and lies inside the scope, else null. */
    public static Uni<AccidentCase> scoped(Mutiny.Session session, UUID caseId, CaseScope scope) {
        Mutiny.SelectionQuery<AccidentCase> query = session.createSelectionQuery(
                "from AccidentCase c where c.id = :caseId and " + scope.predicate(), AccidentCase.class);
        query.setParameter("caseId", caseId);
        scope.parameters().forEach(query::setParameter);
        return query.getSingleResultOrNull();
    }

    private static Uni<CaseView> view(Mutiny.Session session, AccidentCase found, Disclosure disclosure) {
        return rowsOf(session, CaseParty.class, found.id).chain(parties -> rowsOf(session, CaseVehicle.class, found.id)
                .chain(vehicles -> rowsOf(session, CasePolicy.class, found.id)
                        .chain(policies -> rowsOf(session, CaseAttachment.class, found.id)
                                .chain(attachments -> held(session, attachments)
                                        .map(held -> assemble(found, parties, vehicles, policies, attachments,
                                                held, disclosure))))));
    }

    private static <T> Uni<List<T>> rowsOf(Mutiny.Session session, Class<T> type, UUID caseId) {
        return session.createSelectionQuery("from " + type.getSimpleName() + " where caseId = :id order by position",
                type).setParameter("id", caseId).getResultList();
    }

    private static Uni<Set<String>> held(Mutiny.Session session, List<CaseAttachment> attachments) {
        if (attachments.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return session.createSelectionQuery("select a.sha256 from AttachmentContent a where a.sha256 in :hashes",
                        String.class)
                .setParameter("hashes", attachments.stream().map(a -> a.sha256).toList())
                .getResultList()
                .map(Set::copyOf);
    }

    private static CaseView assemble(AccidentCase c, List<CaseParty> parties, List<CaseVehicle> vehicles,
            List<CasePolicy> policies, List<CaseAttachment> attachments, Set<String> held, Disclosure disclosure) {
        Map<UUID, List<PolicyView>> policiesByVehicle = policies.stream().collect(Collectors.groupingBy(
                p -> p.vehicleId, Collectors.mapping(CaseQueries::policy, Collectors.toList())));
        return new CaseView(c.id, c.state, c.revision, c.unitCode, c.reportNumber, c.sourceSystem, c.procedure,
                c.occurredAt, new LocationView(c.divisionCode, c.address, c.road, c.latitude, c.longitude),
                new EnvironmentView(c.weather, c.light, c.roadSurface), c.level, c.form, c.narrative, c.cause,
                c.findingKind == null ? null
                        : new FindingView(c.findingKind, c.findingDocumentNumber, c.findingIssuedAt,
                                c.findingServedAt),
                parties.stream().map(party -> party(party, disclosure)).toList(),
                vehicles.stream().map(v -> vehicle(v, policiesByVehicle.getOrDefault(v.id, List.of()))).toList(),
                attachments.stream().map(a -> new AttachmentView(a.name, a.mediaType, a.sha256, a.size,
                        held.contains(a.sha256) ? AttachmentStatus.RECEIVED : AttachmentStatus.PENDING)).toList(),
                c.createdAt, c.updatedAt);
    }

    private static PartyView party(CaseParty p, Disclosure disclosure) {
        return new PartyView(p.ref, p.role, p.name, p.idType, disclosure.idNumber(p.idNumber), p.gender, p.birthDate,
                disclosure.phone(p.phone),
                p.vehicleRef, p.responsibility, p.responsibilityShare, p.shareExplicit, p.injury);
    }

    private static VehicleView vehicle(CaseVehicle v, List<PolicyView> policies) {
        return new VehicleView(v.ref, v.plate, v.category, v.motorVehicle, v.vin, v.ownerName, v.damage, policies);
    }

    private static PolicyView policy(CasePolicy p) {
        return new PolicyView(p.kind, p.insurerCode, p.policyNumber, p.validFrom, p.validTo,
                CaseView.money(p.coverLimit));
    }
}
