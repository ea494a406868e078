package org.accidenthub.hub.compensation.standards;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.accidenthub.compensation.standards.ProvinceCode;
import org.accidenthub.compensation.standards.StandardItem;
import org.accidenthub.hub.compensation.Amounts;
import org.accidenthub.hub.problems.UniqueViolation;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The regional standards in PostgreSQL. A load writes only what changes: a new value retires the
 * current row and adds a new one (history stays), an equal value writes nothing. Two loads racing
 * for the same figure meet the unique index on current rows; the loser runs again on top of the
 * winner's figures.
 */
@ApplicationScoped
public class StandardsTable {

    private final Mutiny.SessionFactory sessions;

    StandardsTable(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** The current figures of one province and year, by item (empty when none are loaded). */
    public static Uni<Map<StandardItem, BigDecimal>> figures(Mutiny.Session session, ProvinceCode province, int year) {
        return current(session, province.code(), year).map(rows -> {
            Map<StandardItem, BigDecimal> figures = new TreeMap<>((a, b) -> a.code().compareTo(b.code()));
            rows.forEach(row -> figures.put(new StandardItem(row.item), row.amount));
            return figures;
        });
    }

    /**
     * Loads figures in one transaction.
     *
     * @param wholeYears also retire the current figures of each loaded province-year that
     *                   {@code figures} does not name (a replacement of the whole province-year)
     */
    public Uni<StandardsChange> load(List<StandardFigure> figures, boolean wholeYears, String loadedBy, Instant at) {
        Map<String, List<StandardFigure>> byYear = figures.stream().collect(Collectors.groupingBy(
                f -> f.province().code() + "/" + f.year(), LinkedHashMap::new, Collectors.toList()));
        return Uni.createFrom().deferred(() -> sessions.withTransaction(session -> {
            Uni<StandardsChange> chain = Uni.createFrom().item(new StandardsChange(0, 0, 0, 0));
            for (List<StandardFigure> year : byYear.values()) {
                chain = chain.chain(done -> loadYear(session, year, wholeYears, loadedBy, at).map(done::plus));
            }
            return chain;
        })).onFailure(UniqueViolation::test).retry().atMost(2);
    }

    /** Current figures grouped by province and year (province ascending, newest year first). */
    public Uni<List<RegionalStandardsView>> views(Optional<ProvinceCode> province, Optional<Integer> year) {
        StringBuilder hql = new StringBuilder("from RegionalStandardRow r where r.retiredAt is null");
        Map<String, Object> parameters = new HashMap<>();
        province.ifPresent(p -> {
            hql.append(" and r.province = :province");
            parameters.put("province", p.code());
        });
        year.ifPresent(y -> {
            hql.append(" and r.statisticalYear = :year");
            parameters.put("year", y);
        });
        hql.append(" order by r.province, r.statisticalYear desc, r.item");
        return sessions.withSession(session -> {
            Mutiny.SelectionQuery<RegionalStandardRow> query = session.createSelectionQuery(hql.toString(),
                    RegionalStandardRow.class);
            parameters.forEach(query::setParameter);
            return query.getResultList();
        }).map(StandardsTable::group);
    }

    private Uni<StandardsChange> loadYear(Mutiny.Session session, List<StandardFigure> figures, boolean wholeYear,
            String loadedBy, Instant at) {
        StandardFigure first = figures.get(0);
        return current(session, first.province().code(), first.year()).chain(rows -> {
            Map<String, RegionalStandardRow> current = new HashMap<>();
            rows.forEach(row -> current.put(row.item, row));
            List<UUID> retire = new ArrayList<>();
            List<RegionalStandardRow> added = new ArrayList<>();
            int replaced = 0;
            int unchanged = 0;
            for (StandardFigure figure : figures) {
                RegionalStandardRow now = current.remove(figure.item().code());
                if (now != null && now.amount.compareTo(figure.amount()) == 0) {
                    unchanged++;
                    continue;
                }
                if (now != null) {
                    retire.add(now.id);
                    replaced++;
                }
                added.add(row(figure, loadedBy, at));
            }
            int removed = 0;
            if (wholeYear) {
                removed = current.size();
                current.values().forEach(row -> retire.add(row.id));
            }
            StandardsChange change = new StandardsChange(added.size() - replaced, replaced, unchanged, removed);
            // retire first: the unique index allows one current row per item
            return retire(session, retire, loadedBy, at)
                    .chain(() -> session.persistAll(added.toArray()))
                    .chain(session::flush)
                    .replaceWith(change);
        });
    }

    private static Uni<Void> retire(Mutiny.Session session, List<UUID> ids, String by, Instant at) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return session.createMutationQuery("update RegionalStandardRow r set r.retiredAt = :at, r.retiredBy = :by"
                        + " where r.id in :ids")
                .setParameter("at", at)
                .setParameter("by", by)
                .setParameter("ids", ids)
                .executeUpdate()
                .replaceWithVoid();
    }

    private static Uni<List<RegionalStandardRow>> current(Mutiny.Session session, String province, int year) {
        return session.createSelectionQuery("from RegionalStandardRow r where r.province = :province"
                        + " and r.statisticalYear = :year and r.retiredAt is null order by r.item", RegionalStandardRow.class)
                .setParameter("province", province)
                .setParameter("year", year)
                .getResultList();
    }

    private static RegionalStandardRow row(StandardFigure figure, String loadedBy, Instant at) {
        RegionalStandardRow row = new RegionalStandardRow();
        row.id = UUID.randomUUID();
        row.province = figure.province().code();
        row.statisticalYear = figure.year();
        row.item = figure.item().code();
        row.amount = figure.amount().setScale(2);
        row.loadedBy = loadedBy;
        row.loadedAt = at;
        return row;
    }

    private static List<RegionalStandardsView> group(List<RegionalStandardRow> rows) {
        Map<String, List<RegionalStandardRow>> byYear = rows.stream().collect(Collectors.groupingBy(
                r -> r.province + "/" + r.statisticalYear, LinkedHashMap::new, Collectors.toList()));
        return byYear.values().stream().map(StandardsTable::view).toList();
    }

    static RegionalStandardsView view(List<RegionalStandardRow> rows) {
        Map<String, String> items = new TreeMap<>();
        Instant updated = null;
        for (RegionalStandardRow row : rows) {
            items.put(row.item, Amounts.format(row.amount));
            updated = updated == null || row.loadedAt.isAfter(updated) ? row.loadedAt : updated;
        }
        return new RegionalStandardsView(rows.get(0).province, rows.get(0).statisticalYear, items, updated);
    }
}
