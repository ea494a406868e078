package org.accidenthub.hub.compensation.calculations;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.accidenthub.compensation.standards.CompulsoryInsuranceLimits;
import org.accidenthub.compensation.standards.ProvinceCode;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.cases.CaseQueries;
import org.accidenthub.hub.compensation.CaseFacts;
import org.accidenthub.hub.compensation.CompensationEvents;
import org.accidenthub.hub.compensation.LockedCase;
import org.accidenthub.hub.problems.StrictJson;
import org.accidenthub.hub.compensation.assessments.CaseAssessments;
import org.accidenthub.hub.compensation.standards.StandardsTable;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.CaseScope;
import org.accidenthub.schemas.CanonicalSchemas;
import org.accidenthub.schemas.v1.CompensationCalculation;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Calculations of a case, each kept as the next numbered version (1, 2, ... per case, gap-free
 * under the case's row lock) with its outbox event, in one transaction: the case, its stored
 * assessments and the standards are read under the same lock, so a version is exactly what was
 * calculated from them.
 */
@ApplicationScoped
public class CaseCalculations {

    private final Mutiny.SessionFactory sessions;
    private final CaseAssessments assessments;
    private final StrictJson json;
    private final CompulsoryInsuranceLimits limits;
    private final Clock clock;

    CaseCalculations(Mutiny.SessionFactory sessions, CaseAssessments assessments, StrictJson json,
            CompulsoryInsuranceLimits limits, Clock clock) {
        this.sessions = sessions;
        this.assessments = assessments;
        this.json = json;
        this.limits = limits;
        this.clock = clock;
    }

    public Uni<CalculationView> calculate(UUID caseId, CalculationRequest request, Caller caller) {
        CalculationRequestReader read = CalculationRequestReader.of(request);
        return sessions.withTransaction(session -> LockedCase.lock(session, caseId, CaseScope.of(caller))
                .chain(kase -> CaseFacts.load(session, kase))
                .chain(facts -> {
                    ProvinceCode province = read.province(facts);
                    read.checkRiders(facts);
                    read.checkShares(facts);
                    read.checks().throwIfAny();
                    return CaseAssessments.newest(session, caseId).chain(rows -> {
                        if (rows.isEmpty()) {
                            throw ProblemException.invalid(List.of(new Problem("/assessments", "NO_ASSESSMENTS",
                                    "no victim of the case is assessed yet: PUT /api/v1/cases/" + caseId
                                            + "/assessments/{victimRef} first")), List.of());
                        }
                        return StandardsTable.figures(session, province, read.year())
                                .chain(figures -> nextVersion(session, caseId).chain(version -> {
                                    CaseBasis caseBasis = CaseBasis.of(facts, read.liabilityShares());
                                    CalculationBasis basis = caseBasis.basis(province, read.year(), read.options(),
                                            figures, rows, rows.stream().map(assessments::body).toList());
                                    Calculation calculation = Calculation.of(basis, limits, caseBasis.unreadable(),
                                            caseBasis::locate);
                                    StoredVersion stored = new StoredVersion(UUID.randomUUID(), caseId, version,
                                            facts.kase().revision, now(), caller);
                                    return store(session, facts.kase(), calculation, stored);
                                }));
                    });
                }));
    }

    /** The versions of the case's calculations, oldest first; null when the case is out of scope. */
    public Uni<List<CalculationSummary>> versions(UUID caseId, CaseScope scope) {
        return sessions.withSession(session -> CaseQueries.scoped(session, caseId, scope).chain(kase -> kase == null
                ? Uni.createFrom().nullItem()
                : session.createSelectionQuery("from CompensationCalculationRow c where c.caseId = :caseId"
                                + " order by c.version", CompensationCalculationRow.class)
                        .setParameter("caseId", caseId)
                        .getResultList()
                        .map(rows -> rows.stream().map(CaseCalculations::summary).toList())));
    }

    /** One version; null when it does not exist or the case is out of scope. */
    public Uni<CalculationView> version(UUID caseId, int version, CaseScope scope) {
        return sessions.withSession(session -> CaseQueries.scoped(session, caseId, scope).chain(kase -> kase == null
                ? Uni.createFrom().nullItem()
                : session.createSelectionQuery("from CompensationCalculationRow c where c.caseId = :caseId"
                                + " and c.version = :version", CompensationCalculationRow.class)
                        .setParameter("caseId", caseId)
                        .setParameter("version", version)
                        .getSingleResultOrNull()
                        .map(row -> row == null ? null : json.readStored(row.result, CalculationView.class))));
    }

    private Uni<CalculationView> store(Mutiny.Session session, AccidentCase kase, Calculation calculation,
            StoredVersion stored) {
        CalculationView view = CalculationViews.of(calculation, stored);
        CompensationCalculation record = CalculationRecords.of(calculation, stored);
        byte[] canonical = CompensationEvents.encode(record);
        CompensationCalculationRow row = new CompensationCalculationRow();
        row.id = stored.calculationId();
        row.caseId = stored.caseId();
        row.version = stored.version();
        row.caseRevision = stored.caseRevision();
        row.province = calculation.basis().province().code();
        row.statisticalYear = calculation.basis().statisticalYear();
        row.total = calculation.result().total();
        row.result = json.write(view);
        row.canonicalRecord = canonical;
        row.schemaFingerprint = CanonicalSchemas.fingerprint(record.getSchema());
        row.calculatedBy = stored.by().subject();
        row.calculatedByOrgType = stored.by().orgType().name();
        row.calculatedByOrgCode = stored.by().orgCode();
        row.calculatedAt = stored.calculatedAt();
        return session.persistAll(row, CompensationEvents.of(kase, CaseEventType.COMPENSATION_CALCULATED, stored.by(),
                        stored.calculatedAt(), record, canonical))
                .replaceWith(view);
    }

    /** Milliseconds, as the canonical record keeps them, so that the JSON and the record agree. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Uni<Integer> nextVersion(Mutiny.Session session, UUID caseId) {
        return session.createSelectionQuery("select max(c.version) from CompensationCalculationRow c"
                        + " where c.caseId = :caseId", Integer.class)
                .setParameter("caseId", caseId)
                .getSingleResultOrNull()
                .map(newest -> newest == null ? 1 : newest + 1);
    }

    private static CalculationSummary summary(CompensationCalculationRow row) {
        return new CalculationSummary(row.version, row.calculatedAt,
                new CalculationView.CalculatedBy(row.calculatedByOrgType, row.calculatedByOrgCode), row.caseRevision,
                row.province, row.statisticalYear, row.total.setScale(2).toPlainString());
    }
}
