// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The trace's walking statements reach every table through an index, so that tracing a few lots in a store of
 * millions reads a few rows, not the whole tables. With sequential scans disabled PostgreSQL still plans one where
 * no index can serve (a lot id compared under another collation than its column's, for one: the lineage tables'
 * ids are {@code COLLATE "C"}, those of lots and events the database's default): a plan without any proves an index
 * for every access, whatever the tables hold.
 */
@ExtendWith(TestPostgres.class)
class LineageReaderPlanTest {

    @Test
    void the_forward_and_back_walks_read_every_table_through_an_index(final DataSource db) throws Exception {
        for (final String walk : List.of(LineageReader.FORWARD, LineageReader.BACK)) {
            final List<String> plan = plan(db, walk);
            assertThat(plan).as(String.join("\n", plan)).noneMatch(line -> line.contains("Seq Scan"));
            assertThat(plan).anyMatch(line -> line.contains("Index") && line.contains("lineage_edges"));
            assertThat(plan).anyMatch(line -> line.contains("Index") && line.contains(" on lots"));
            assertThat(plan).anyMatch(line -> line.contains("Index") && line.contains("lot_event_index"));
            assertThat(plan).anyMatch(line -> line.contains("Index") && line.contains(" on events"));
        }
    }

    private static List<String> plan(final DataSource db, final String sql) throws Exception {
        try (Connection connection = db.getConnection()) {
            try (Statement settings = connection.createStatement()) {
                settings.execute("SET enable_seqscan = off");
            }
            final List<String> lines = new ArrayList<>();
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
                explain.setString(1, "L1");
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        lines.add(rows.getString(1));
                    }
                }
            }
            return lines;
        }
    }
}
