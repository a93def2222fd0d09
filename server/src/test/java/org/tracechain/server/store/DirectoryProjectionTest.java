// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.client.directory.DirectoryRecords.T0;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracechain.client.LedgerBlock;
import org.tracechain.client.directory.DirectoryRecords;
import org.tracechain.model.directory.EntryHead;
import org.tracechain.model.directory.PublicationState;
import org.tracechain.model.directory.RequestState;
import org.tracechain.model.json.LedgerJson;

/**
 * The govdir chaincode's records, written under its composite keys, projected into the directory tables; its index
 * keys are not; a later write replaces a record; an invalid transaction changes nothing.
 */
@ExtendWith(TestPostgres.class)
class DirectoryProjectionTest {

    private static String key(final String type, final String... attributes) {
        return "\u0000" + type + "\u0000" + String.join("\u0000", attributes) + "\u0000";
    }

    private static byte[] json(final Object record) {
        return LedgerJson.toJson(record).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void records_land_in_their_tables_and_later_writes_replace_them(final DataSource db) throws Exception {
        final Map<String, byte[]> first = new LinkedHashMap<>();
        first.put(key("dept", "BJ-SAMR"), json(DirectoryRecords.department("BJ-SAMR", "北京市市场监督管理局", "MarketMSP")));
        first.put(key("dept~code", "BJ-SAMR", "BJ-SAMR"), new byte[] {0});
        first.put(key("duty", "SAMR-D01"), json(DirectoryRecords.duty("SAMR-D01", "BJ-SAMR", "市场监管", "条例")));
        first.put(key("entry", "SAMR-002"), json(new EntryHead("SAMR-002", "BJ-SAMR", "MarketMSP", 2,
                key("entryver", "SAMR-002", "000002"), PublicationState.PUBLISHED, T0, T0, "tx-2")));
        first.put(key("entryver", "SAMR-002", "000002"), json(DirectoryRecords.penalties()));
        first.put(key("request", "R1"), json(DirectoryRecords.request("R1", RequestState.SUBMITTED, null)));
        final Map<String, byte[]> second = new LinkedHashMap<>();
        second.put(key("request", "R1"), json(DirectoryRecords.request("R1", RequestState.APPROVED, null)));
        second.put(key("grant", "R1"), json(DirectoryRecords.grant("R1", false)));
        second.put(key("access", "L1"), json(DirectoryRecords.accessLog("L1", "R1")));
        final Map<String, byte[]> invalid = new LinkedHashMap<>();
        invalid.put(key("grant", "R1"), json(DirectoryRecords.grant("R1", true)));
        invalid.put(key("dept", "BJ-GHOST"), json(DirectoryRecords.department("BJ-GHOST", "ghost", "GhostMSP")));

        final StoreProjector projector = StoreProjector.directory(db, "govdir");
        projector.project(new LedgerBlock("govdir", 0, List.of()));
        projector.project(new LedgerBlock("govdir", 1, List.of(
                ScenarioBlocks.transaction(0, "tx-1", "govdir", "VALID", first))));
        projector.project(new LedgerBlock("govdir", 2, List.of(
                ScenarioBlocks.transaction(0, "tx-2", "govdir", "VALID", second),
                ScenarioBlocks.transaction(1, "tx-3", "govdir", "MVCC_READ_CONFLICT", invalid))));

        assertThat(StoreTables.count(db, "SELECT count(*) FROM departments")).isEqualTo(1);
        assertThat(StoreTables.count(db, "SELECT count(*) FROM duties WHERE department_code = 'BJ-SAMR'")).isEqualTo(1);
        assertThat(StoreTables.count(db, "SELECT count(*) FROM entries WHERE state = 'PUBLISHED' AND latest_version = 2"))
                .isEqualTo(1);
        assertThat(StoreTables.count(db, "SELECT count(*) FROM entry_versions WHERE code = 'SAMR-002' AND version = 2"))
                .isEqualTo(1);
        assertThat(StoreTables.count(db, "SELECT count(*) FROM sharing_requests WHERE state = 'APPROVED'"))
                .isEqualTo(1);
        assertThat(StoreTables.count(db, "SELECT count(*) FROM grants WHERE record LIKE '%\"revokedAt\"%'")).isZero();
        assertThat(StoreTables.count(db, "SELECT count(*) FROM access_logs WHERE grant_id = 'R1'")).isEqualTo(1);
        assertThat(StoreTables.count(db, "SELECT count(*) FROM sharing_requests")).isEqualTo(1);
        try (var connection = db.getConnection(); var select = connection.prepareStatement(
                "SELECT record FROM departments WHERE code = 'BJ-SAMR'"); var rows = select.executeQuery()) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo(new String(first.get(key("dept", "BJ-SAMR")),
                    StandardCharsets.UTF_8));
        }
        assertThat(projector.nextBlock()).isEqualTo(3);
        assertThat(new PostgresQueryStore(db, "foodtrace").height("govdir")).isEqualTo(3);
        assertThat(StoreProjector.heights(db)).containsExactly(Map.entry("govdir", 3L));
    }
}
