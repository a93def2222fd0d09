// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.chaincode.testing.InMemoryStub;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.model.identity.Role;

/** Prefetched keys answer later reads as the peer would (committed values), without another round trip. */
class LedgerStatePrefetchTest {

    private static final TestIdentity FARMER = TestIdentities.client("FarmMSP", "farmer", Role.PRODUCER);

    private final InMemoryLedger ledger = new InMemoryLedger("foodtrace");

    @BeforeEach
    void committed() {
        ledger.submit(FARMER, context -> {
            final LedgerState state = new LedgerState(context.getStub());
            state.put("a", "A");
            state.put("b", "B");
            state.put("c", "C");
            return null;
        });
    }

    @Test
    void prefetched_keys_are_read_in_one_exchange_and_answer_every_later_read() {
        final InMemoryStub stub = ledger.begin(FARMER, Map.of());
        final LedgerState state = new LedgerState(stub);

        state.prefetch(List.of("a", "b", "absent", "a"));
        assertThat(stub.roundTrips()).isEqualTo(1);

        assertThat(state.get("a", String.class)).hasValue("A");
        assertThat(state.exists("b")).isTrue();
        assertThat(state.exists("absent")).isFalse();
        assertThat(state.get("absent", String.class)).isEmpty();
        assertThat(state.getAll(List.of("b", "absent", "a"), String.class)).containsExactly(
                Map.entry("b", "B"), Map.entry("a", "A"));
        state.prefetch(List.of("b", "a"));
        assertThat(stub.roundTrips()).as("nothing read again").isEqualTo(1);
    }

    @Test
    void keys_not_prefetched_are_read_together_in_the_order_asked() {
        final InMemoryStub stub = ledger.begin(FARMER, Map.of());
        final LedgerState state = new LedgerState(stub);
        state.prefetch(List.of("b"));

        final List<byte[]> values = state.getValues(List.of("c", "b", "absent", "a", "c"));

        assertThat(values).extracting(LedgerStatePrefetchTest::text).containsExactly("\"C\"", "\"B\"", "", "\"A\"",
                "\"C\"");
        assertThat(stub.roundTrips()).as("the prefetch, then c, absent, a and c in one exchange").isEqualTo(2);
        assertThat(state.get("c", String.class)).hasValue("C");
        assertThat(stub.roundTrips()).as("only prefetched keys are kept").isEqualTo(3);
    }

    @Test
    void a_prefetched_key_reads_as_committed_after_the_transaction_writes_it() {
        final InMemoryStub stub = ledger.begin(FARMER, Map.of());
        final LedgerState state = new LedgerState(stub);
        state.prefetch(List.of("a", "new"));

        state.put("a", "A2");
        state.put("new", "N");

        // As Fabric: a transaction does not read its own writes.
        assertThat(state.get("a", String.class)).hasValue("A");
        assertThat(state.exists("new")).isFalse();
        ledger.commit(stub);
        assertThat(ledger.stateAsString("a")).hasValue("\"A2\"");
    }

    private static String text(final byte[] value) {
        return value == null ? "" : new String(value, StandardCharsets.UTF_8);
    }
}
