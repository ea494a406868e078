package org.accidenthub.hub.confirmation;

import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Court case numbers, per court, year and kind: unique and gap-free. The counter row is incremented
 * in the transaction of the ruling that takes the number, so the row lock serialises concurrent
 * rulings at one court, and a ruling that rolls back gives its number back with it.
 */
public final class CourtCaseNumbers {

    /** 民特: special procedure, which judicial confirmation is. */
    public static final String SPECIAL = "SPECIAL";
    /** 民初: first instance, which a small-claims speed trial is. */
    public static final String FIRST_INSTANCE = "FIRST_INSTANCE";

    private CourtCaseNumbers() {
    }

    /** The next number of the court's {@code kind} in {@code year}: 1, 2, ... */
    public static Uni<Integer> next(Mutiny.Session session, String courtCode, int year, String kind) {
        return session.createNativeQuery("insert into court_case_counters (court_code, year, kind, last_number)"
                        + " values (:court, :year, :kind, 0) on conflict (court_code, year, kind) do nothing")
                .setParameter("court", courtCode).setParameter("year", year).setParameter("kind", kind)
                .executeUpdate()
                .chain(() -> session.createNativeQuery("update court_case_counters set last_number = last_number + 1"
                                + " where court_code = :court and year = :year and kind = :kind")
                        .setParameter("court", courtCode).setParameter("year", year).setParameter("kind", kind)
                        .executeUpdate())
                .chain(() -> session.createNativeQuery("select last_number from court_case_counters"
                                + " where court_code = :court and year = :year and kind = :kind", Integer.class)
                        .setParameter("court", courtCode).setParameter("year", year).setParameter("kind", kind)
                        .getSingleResult());
    }

    /** {@code ({year})豫1702民特{number}号} → {@code (2026)豫1702民特123号}. */
    public static String format(String pattern, int year, int number) {
        return pattern.replace("{year}", Integer.toString(year)).replace("{number}", Integer.toString(number));
    }
}
