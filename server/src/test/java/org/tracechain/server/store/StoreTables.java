// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Every row of every store table, as text, in a fixed order: two stores are identical when their dumps are. */
final class StoreTables {

    static final List<String> TABLES = List.of("store_checkpoint", "sites", "parties", "lots", "lot_regulations",
            "documents", "events", "event_epcs", "event_lots", "custody", "recalls", "recall_lots", "recall_acks",
            "lineage_edges", "lot_event_index", "lot_document_index",
            "departments", "duties", "entries", "entry_versions", "sharing_requests", "grants", "access_logs");

    private StoreTables() {}

    static Map<String, List<String>> dump(final DataSource dataSource) throws SQLException {
        final Map<String, List<String>> out = new LinkedHashMap<>();
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
            for (final String table : TABLES) {
                final List<String> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery("SELECT t::text FROM " + table + " t ORDER BY 1")) {
                    while (result.next()) {
                        rows.add(result.getString(1));
                    }
                }
                out.put(table, rows);
            }
        }
        return out;
    }

    static long count(final DataSource dataSource, final String sql) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
