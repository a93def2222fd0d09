// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small JDBC helpers: statements with positional parameters, instants as timestamps with time zone. */
final class Sql {

    private Sql() {}

    static int update(final Connection db, final String sql, final Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    /** Inserts a row or replaces the non-key columns of the row with the same key. */
    static int upsert(final Connection db, final String table, final List<String> keys, final List<String> columns,
            final Object... values) throws SQLException {
        final List<String> all = new ArrayList<>(keys);
        all.addAll(columns);
        final StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (")
                .append(String.join(", ", all)).append(") VALUES (")
                .append(String.join(", ", java.util.Collections.nCopies(all.size(), "?"))).append(") ON CONFLICT (")
                .append(String.join(", ", keys)).append(") DO UPDATE SET ");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(columns.get(i)).append(" = EXCLUDED.").append(columns.get(i));
        }
        return update(db, sql.toString(), values);
    }

    static void bind(final PreparedStatement statement, final Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            final Object value = parameters[i];
            if (value instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
