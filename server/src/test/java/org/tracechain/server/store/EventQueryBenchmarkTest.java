// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Latency of {@link PostgresQueryStore#events} over 100,000 events (what {@code GET /events} reads), per kind of
 * query, p50 and p95 of 200 runs each. The events are written straight into the tables in the shape the projector
 * writes them (one EPCIS object of ~900 bytes each, two identifiers per event), since projecting 100,000 chaincode
 * events would measure the projection, not the query. Runs with {@code -Dtracechain.bench=true}.
 */
@ExtendWith(TestPostgres.class)
class EventQueryBenchmarkTest {

    private static final int EVENTS = 100_000;
    private static final int RUNS = 200;

    @Test
    void events_queries_over_100k_events(final DataSource db) throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("tracechain.bench"), "set -Dtracechain.bench=true to run");
        seed(db);
        // Pooled, as the server runs it: a new connection per query would measure the login (SCRAM), not the query.
        final com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setDataSource(db);
        config.setMaximumPoolSize(2);
        try (com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource(config)) {
            measure(new PostgresQueryStore(pool, "foodtrace"));
        }
    }

    private static void measure(final PostgresQueryStore store) {
        final Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        final String deepToken = PageToken.events(EVENTS / 10 / 2, 0, 0);
        final Map<String, Supplier<EventPage>> queries = new LinkedHashMap<>();
        queries.put("first page, no filter (30)", () -> store.events(q(List.of(), Optional.empty(), Optional.empty(),
                List.of(), List.of(), List.of(), 30, Optional.empty())));
        queries.put("page in the middle by token (30)", () -> store.events(q(List.of(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), List.of(), 30, Optional.of(deepToken))));
        queries.put("EQ_bizStep=receiving (30)", () -> store.events(q(List.of(), Optional.empty(), Optional.empty(),
                List.of("receiving"), List.of(), List.of(), 30, Optional.empty())));
        queries.put("MATCH_anyEPC one lot (all of its ~20)", () -> store.events(q(List.of(), Optional.empty(),
                Optional.empty(), List.of(), List.of("https://id.gs1.org/01/06901234567892/10/LOT-2500"), List.of(),
                100, Optional.empty())));
        queries.put("GE/LT_eventTime one day (30)", () -> store.events(q(List.of(), Optional.of(t0.plusSeconds(
                86_400L * 30)), Optional.of(t0.plusSeconds(86_400L * 31)), List.of(), List.of(), List.of(), 30,
                Optional.empty())));
        queries.put("EQ_readPoint + bizStep (30)", () -> store.events(q(List.of(), Optional.empty(), Optional.empty(),
                List.of("shipping"), List.of(), List.of("https://id.gs1.org/414/6901234000047/254/S8"), 30,
                Optional.empty())));
        queries.put("1000 per page, no filter", () -> store.events(q(List.of(), Optional.empty(), Optional.empty(),
                List.of(), List.of(), List.of(), 1000, Optional.empty())));
        final StringBuilder report = new StringBuilder("events() over " + EVENTS + " events, " + RUNS + " runs:\n");
        for (final var query : queries.entrySet()) {
            for (int i = 0; i < 20; i++) {
                query.getValue().get();     // warm-up
            }
            final List<Long> micros = new ArrayList<>();
            int size = 0;
            for (int i = 0; i < RUNS; i++) {
                final long start = System.nanoTime();
                size = query.getValue().get().events().size();
                micros.add((System.nanoTime() - start) / 1000);
            }
            Collections.sort(micros);
            assertThat(size).as(query.getKey()).isPositive();
            report.append(String.format("  %-40s %3d events  p50 %6.2f ms  p95 %6.2f ms%n", query.getKey(), size,
                    micros.get(RUNS / 2) / 1000.0, micros.get(RUNS * 95 / 100) / 1000.0));
        }
        System.out.print(report);
    }

    private static EpcisQuery q(final List<String> types, final Optional<Instant> ge, final Optional<Instant> lt,
            final List<String> bizSteps, final List<String> anyEpc, final List<String> readPoints, final int perPage,
            final Optional<String> token) {
        return new EpcisQuery(types, ge, lt, bizSteps, List.of(), List.of(), anyEpc, readPoints, List.of(), perPage,
                token);
    }

    /** 100,000 events: 10 per block, event times 26 s apart, lots of 20 events, 50 sites, 6 business steps. */
    private static void seed(final DataSource db) throws Exception {
        TestPostgres.execute(db, """
                INSERT INTO events (ledger_event_id, epcis_event_id, event_type, kind, action, event_time, record_time,
                    biz_step, disposition, read_point, biz_location, block_number, tx_index, event_index, tx_id,
                    record, epcis)
                SELECT md5(i::text), 'urn:uuid:' || md5('e' || i), 'ObjectEvent', 'SHIP', 'OBSERVE',
                    timestamptz '2026-01-01T00:00:00Z' + i * interval '26 seconds',
                    timestamptz '2026-01-01T00:00:00Z' + i * interval '26 seconds',
                    (ARRAY['shipping','receiving','inspecting','retail_selling','commissioning','storing'])[1 + i % 6],
                    (ARRAY['in_transit','in_progress','active','retail_sold'])[1 + i % 4],
                    'https://id.gs1.org/414/6901234000047/254/S' || (i % 50),
                    'https://id.gs1.org/414/6901234000047/254/S' || (i % 50),
                    i / 10, i % 10, 0, md5('tx' || i), '{}',
                    json_build_object('type', 'ObjectEvent', 'eventTime', '2026-01-01T08:00:00+08:00',
                        'eventTimeZoneOffset', '+08:00', 'eventID', 'urn:uuid:' || md5('e' || i), 'action', 'OBSERVE',
                        'quantityList', json_build_array(json_build_object('epcClass',
                            'https://id.gs1.org/01/06901234567892/10/LOT-' || (i / 20), 'quantity', 50, 'uom', 'KGM')),
                        'bizStep', 'shipping', 'disposition', 'in_transit',
                        'readPoint', json_build_object('id', 'https://id.gs1.org/414/6901234000047/254/S' || (i % 50)),
                        'bizTransactionList', json_build_array(json_build_object('type', 'desadv', 'bizTransaction',
                            'urn:epcglobal:cbv:bt:6901234000030:BOL-' || i)),
                        'sourceList', json_build_array(json_build_object('type', 'owning_party', 'source',
                            'https://id.gs1.org/417/6901234000030')),
                        'destinationList', json_build_array(json_build_object('type', 'owning_party', 'destination',
                            'https://id.gs1.org/417/6901234000047')),
                        'tracechain:kind', 'SHIP', 'tracechain:ledgerEventID', md5(i::text),
                        'tracechain:txId', md5('tx' || i), 'tracechain:actor', 'https://id.gs1.org/417/6901234000030')
                FROM generate_series(0, 99999) AS i
                """);
        TestPostgres.execute(db, """
                INSERT INTO event_epcs (epc, role, ledger_event_id)
                SELECT 'https://id.gs1.org/01/06901234567892/10/LOT-' || (i / 20), 'quantity', md5(i::text)
                FROM generate_series(0, 99999) AS i
                UNION ALL
                SELECT 'urn:tracechain:container:C-' || (i / 10), 'parent', md5(i::text)
                FROM generate_series(0, 99999) AS i
                """);
        TestPostgres.execute(db, "INSERT INTO store_checkpoint VALUES ('foodtrace', 10000)");
        TestPostgres.execute(db, "ANALYZE");
    }
}
