package org.accidenthub.hub.privacy;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Brings every sealed column to the active key: values sealed with an older key are opened and sealed again,
 * values stored before encryption existed (plain bytes, recognised by the missing 00 AE header) are sealed
 * and their lookup hashes filled. The plaintext never changes, so events, hashes and history stay as they
 * were. Runs in the background after every start (hub.privacy.reseal-on-start); after a key rotation it moves
 * everything to the new key, after which the old key can be removed (docs/SECURITY.md).
 *
 * <p>Batches are short transactions that lock their rows ({@code for update skip locked}), so several hub
 * replicas can run it at once, and the API keeps writing meanwhile (new rows are sealed with the active key
 * already). Inbound records allow this one update through their immutability trigger (V60).
 */
@ApplicationScoped
public class Resealing {

    private static final Logger LOG = Logger.getLogger(Resealing.class);

    private final DataSource database;
    private final FieldCipher cipher;
    private final LookupHash lookups;
    private final PrivacyConfig config;

    Resealing(DataSource database, FieldCipher cipher, LookupHash lookups, PrivacyConfig config) {
        this.database = database;
        this.cipher = cipher;
        this.lookups = lookups;
        this.config = config;
    }

    void onStart(@Observes StartupEvent started) {
        if (!config.resealOnStart()) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                Map<String, Integer> resealed = run();
                if (resealed.values().stream().anyMatch(count -> count > 0)) {
                    LOG.infof("personal data re-sealed with key '%s': %s", cipher.activeKeyId(), resealed);
                }
            } catch (SQLException | RuntimeException failed) {
                LOG.error("re-sealing personal data failed; it runs again at the next start", failed);
            }
        }, "privacy-resealing");
        thread.setDaemon(true);
        thread.start();
    }

    /** Re-seals until every sealed column is sealed with the active key; the rows moved, per column. */
    public Map<String, Integer> run() throws SQLException {
        Map<String, Integer> resealed = new LinkedHashMap<>();
        for (SealedColumn column : SealedColumn.ALL) {
            int total = 0;
            int batch;
            do {
                batch = batch(column);
                total += batch;
            } while (batch == config.resealBatchSize());
            resealed.put(column.name(), total);
        }
        return resealed;
    }

    private int batch(SealedColumn column) throws SQLException {
        byte[] header = cipher.activeHeader();
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (Statement allow = connection.createStatement()) {
                    allow.execute("select set_config('hub.privacy_resealing', 'on', true)");
                }
                List<Object[]> rows = due(connection, column, header);
                for (Object[] row : rows) {
                    reseal(connection, column, row[0], (byte[]) row[1]);
                }
                connection.commit();
                return rows.size();
            } catch (SQLException | RuntimeException failed) {
                connection.rollback();
                throw failed;
            }
        }
    }

    private List<Object[]> due(Connection connection, SealedColumn column, byte[] header) throws SQLException {
        String sql = "select " + column.key() + ", " + column.column() + " from " + column.table()
                + " where " + column.column() + " is not null and substring(" + column.column() + " from 1 for "
                + header.length + ") <> ? limit ? for update skip locked";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setBytes(1, header);
            query.setInt(2, config.resealBatchSize());
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(new Object[] { result.getObject(1), result.getBytes(2) });
                }
            }
            return rows;
        }
    }

    private void reseal(Connection connection, SealedColumn column, Object key, byte[] stored) throws SQLException {
        // a sealed value with an unknown key or a failed tag stops the job loudly: nothing is overwritten
        byte[] plain = FieldCipher.isSealed(stored) ? cipher.open(stored) : stored;
        String sql = "update " + column.table() + " set " + column.column() + " = ?"
                + (column.lookupColumn() == null ? "" : ", " + column.lookupColumn() + " = ?")
                + " where " + column.key() + " = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int parameter = 1;
            update.setBytes(parameter++, cipher.seal(plain));
            if (column.lookupColumn() != null) {
                String text = new String(plain, StandardCharsets.UTF_8);
                update.setBytes(parameter++, "id".equals(column.lookupKind()) ? lookups.idNumber(text)
                        : lookups.phone(text));
            }
            update.setObject(parameter, key);
            update.executeUpdate();
        }
    }
}
