// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.junit.jupiter.api.Test;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.chaincode.testing.InMemoryStub;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.model.identity.Role;

/**
 * Scans cost the peer round trips Fabric's handler would charge (one per query, one per further batch of 100, one
 * per close), and leave no query open on the peer.
 */
class LedgerStateScanTest {

    private static final TestIdentity FARMER = TestIdentities.client("FarmMSP", "farmer", Role.PRODUCER);

    private final InMemoryLedger ledger = new InMemoryLedger("foodtrace");

    @Test
    void a_scan_read_to_its_end_is_not_closed_again() {
        index(3);
        final InMemoryStub stub = ledger.begin(FARMER, Map.of());
        final List<String> keys = new LedgerState(stub).scan("idx", List.of("A"), 10, KeyValue::getKey);

        assertThat(keys).hasSize(3);
        assertThat(stub.roundTrips()).as("the query; the peer released it with its only batch").isEqualTo(1);
        assertThat(stub.queriesOpenOnPeer()).isZero();
    }

    @Test
    void a_scan_over_several_batches_costs_one_round_trip_per_batch() {
        index(250);
        final InMemoryStub stub = ledger.begin(FARMER, Map.of());
        final List<String> keys = new LedgerState(stub).scan("idx", List.of("A"), 1_000, KeyValue::getKey);

        assertThat(keys).hasSize(250);
        assertThat(stub.roundTrips()).as("the query and two more batches").isEqualTo(3);
        assertThat(stub.queriesOpenOnPeer()).isZero();
    }

    @Test
    void a_scan_stopped_by_its_limit_closes_the_query_the_peer_still_holds() {
        index(250);
        final InMemoryStub stub = ledger.begin(FARMER, Map.of());
        final List<String> keys = new LedgerState(stub).scan("idx", List.of("A"), 5, KeyValue::getKey);

        assertThat(keys).hasSize(5);
        assertThat(stub.roundTrips()).as("the query and its close").isEqualTo(2);
        assertThat(stub.queriesOpenOnPeer()).isZero();
    }

    @Test
    void a_limit_equal_to_the_entries_reads_to_the_end_without_a_close() {
        index(100);
        final InMemoryStub stub = ledger.begin(FARMER, Map.of());
        final List<String> keys = new LedgerState(stub).scan("idx", List.of("A"), 100, KeyValue::getKey);

        assertThat(keys).hasSize(100);
        assertThat(stub.roundTrips()).isEqualTo(1);
        assertThat(stub.queriesOpenOnPeer()).isZero();
    }

    @Test
    void a_page_is_one_round_trip() {
        index(250);
        final InMemoryStub stub = ledger.begin(FARMER, Map.of());
        final Page<String> page = new LedgerState(stub).page("idx", List.of("A"), 200, null, KeyValue::getKey);

        assertThat(page.items()).hasSize(200);
        assertThat(stub.roundTrips()).isEqualTo(1);
    }

    private void index(final int entries) {
        ledger.submit(FARMER, context -> {
            final LedgerState state = new LedgerState(context.getStub());
            for (int i = 0; i < entries; i++) {
                state.index("idx", "A", String.format("%04d", i));
            }
            // Another prefix, which no scan above may reach.
            state.index("idx", "B", "0");
            return null;
        });
    }
}
