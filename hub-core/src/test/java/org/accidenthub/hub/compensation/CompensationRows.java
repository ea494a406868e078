package org.accidenthub.hub.compensation;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.accidenthub.hub.cases.CanonicalRecords;
import org.apache.avro.message.BinaryMessageDecoder;
import org.accidenthub.schemas.v1.CaseEvent;

/** What the compensation tests read straight from the database. */
final class CompensationRows {

    private static final BinaryMessageDecoder<CaseEvent> EVENTS = CanonicalRecords.decoder(CaseEvent.getClassSchema());

    private CompensationRows() {
    }

    static long versionsOf(String caseId) {
        return count("select count(*) from loss_assessments where case_id = ?::uuid", caseId);
    }

    static long calculationsOf(String caseId) {
        return count("select count(*) from compensation_calculations where case_id = ?::uuid", caseId);
    }

    static long count(String sql, String parameter) {
        return org.accidenthub.hub.testsupport.Database.count(sql, parameter);
    }

    /** All rows of a table. */
    static long rowsOf(String table) {
        try (Connection connection = org.accidenthub.hub.testsupport.Database.connect();
                PreparedStatement statement = connection.prepareStatement("select count(*) from " + table);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** The case's outbox events of one type, in sequence order. */
    static List<CaseEvent> eventsOf(String caseId, String type) throws SQLException, IOException {
        List<CaseEvent> events = new ArrayList<>();
        try (Connection connection = org.accidenthub.hub.testsupport.Database.connect();
                PreparedStatement statement = connection.prepareStatement("select payload from outbox_events"
                        + " where aggregatetype = 'case' and aggregateid = ? and type = ? order by sequence")) {
            statement.setString(1, caseId);
            statement.setString(2, type);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.add(EVENTS.decode(org.accidenthub.hub.testsupport.Sealed.open(rows.getBytes(1))));
                }
            }
        }
        return events;
    }
}
