package org.accidenthub.hub.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.accidenthub.hub.testsupport.Database;

/** The outbox as stored, to compare what was delivered with what was written. */
public final class OutboxRows {

    private OutboxRows() {
    }

    /** The event ids of a case, in sequence order. */
    public static List<UUID> eventIds(String caseId) {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = Database.connect(); PreparedStatement query = connection.prepareStatement(
                "select id from outbox_events where aggregateid = ? order by sequence")) {
            query.setString(1, caseId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
        return ids;
    }

    public static long unpublished(String caseId) {
        return Database.count("select count(*) from outbox_events where aggregateid = ? and published_at is null",
                caseId);
    }
}
