// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.grpc.Status;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tracechain.chaincode.testing.GuangdongScenario;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.client.testing.ConnectedFakeGateway;
import org.tracechain.client.testing.FakeBlocks;
import org.tracechain.client.testing.InMemoryFoodChaincode;
import org.tracechain.model.food.LotOrigin;
import org.tracechain.model.food.OriginEvent;
import org.tracechain.model.food.RegisterLotRequest;

/** Full blocks from the in-process gateway's Deliver service, parsed into transactions and their writes. */
class BlockListenerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Instant T = Instant.parse("2026-01-05T01:02:03.456Z");

    @RegisterExtension
    final ConnectedFakeGateway connected =
            ConnectedFakeGateway.as("regulator", "inspector", "RegulatorMSP", "inspector");

    private static Map<String, Map<String, byte[]>> writes(final String namespace, final String... keysAndValues) {
        final Map<String, byte[]> keys = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            keys.put(keysAndValues[i], keysAndValues[i + 1] == null ? null
                    : keysAndValues[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return Map.of(namespace, keys);
    }

    private void appendTransactions(final long number, final TxValidationCode... codes) {
        final var envelopes = new java.util.ArrayList<org.hyperledger.fabric.protos.common.Envelope>();
        for (int i = 0; i < codes.length; i++) {
            envelopes.add(FakeBlocks.endorserTransaction("foodtrace", "tx" + number + "-" + i, "foodtrace",
                    "ProducerMSP", T, writes("foodtrace", "\u0000lot\u0000L" + number + "-" + i + "\u0000",
                            "{\"n\":" + i + "}", "\u0000gone\u0000" + i + "\u0000", null)));
        }
        connected.gateway().appendBlock(FakeBlocks.block(number, envelopes, List.of(codes)));
    }

    @Test
    void parses_transactions_codes_and_writes_and_skips_config_envelopes() throws Exception {
        appendTransactions(5, TxValidationCode.VALID, TxValidationCode.MVCC_READ_CONFLICT);
        final List<LedgerBlock> blocks = new CopyOnWriteArrayList<>();

        try (BlockListener listener = connected.client().newBlockListener("foodtrace").start(blocks::add)) {
            await().atMost(WAIT).until(() -> blocks.size() == 6);
            assertThat(listener.channel()).isEqualTo("foodtrace");
            assertThat(listener.nextBlock()).isEqualTo(6);
        }

        assertThat(blocks).extracting(LedgerBlock::number).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(blocks.get(0).transactions()).as("config block").isEmpty();
        final LedgerBlock block = blocks.get(5);
        assertThat(block.transactions()).extracting(BlockTransaction::transactionId, BlockTransaction::validationCode,
                BlockTransaction::index).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("tx5-0", "VALID", 0),
                        org.assertj.core.groups.Tuple.tuple("tx5-1", "MVCC_READ_CONFLICT", 1));
        assertThat(block.validTransactions()).extracting(BlockTransaction::transactionId).containsExactly("tx5-0");
        final BlockTransaction first = block.transactions().get(0);
        assertThat(first.chaincode()).isEqualTo("foodtrace");
        assertThat(first.creatorMspId()).isEqualTo("ProducerMSP");
        assertThat(first.timestamp()).isEqualTo(T);
        assertThat(first.writesTo("foodtrace")).containsExactly(
                new KvWrite("foodtrace", "\u0000lot\u0000L5-0\u0000", "{\"n\":0}".getBytes(StandardCharsets.UTF_8), false),
                new KvWrite("foodtrace", "\u0000gone\u00000\u0000", new byte[0], true));
        assertThat(first.writesTo("govdir")).isEmpty();
    }

    @Test
    void starts_at_the_given_block_and_delivers_later_commits() throws Exception {
        appendTransactions(5, TxValidationCode.VALID);
        appendTransactions(6, TxValidationCode.VALID);
        final List<Long> numbers = new CopyOnWriteArrayList<>();

        try (BlockListener listener = connected.client().newBlockListener("foodtrace").startBlock(6)
                .start(block -> numbers.add(block.number()))) {
            await().atMost(WAIT).until(() -> numbers.size() == 1);
            appendTransactions(7, TxValidationCode.VALID);
            await().atMost(WAIT).until(() -> numbers.size() == 2);
            assertThat(listener.isRunning()).isTrue();
        }
        assertThat(numbers).containsExactly(6L, 7L);
    }

    @Test
    void a_broken_stream_resumes_after_the_last_handled_block_without_repeats() throws Exception {
        appendTransactions(5, TxValidationCode.VALID);
        final List<Long> numbers = new CopyOnWriteArrayList<>();

        try (BlockListener listener = connected.client().newBlockListener("foodtrace").startBlock(3)
                .start(block -> numbers.add(block.number()))) {
            await().atMost(WAIT).until(() -> numbers.size() == 3);
            connected.gateway().breakBlockStreams(Status.UNAVAILABLE.withDescription("peer restarting"));
            appendTransactions(6, TxValidationCode.VALID);
            await().atMost(WAIT).until(() -> numbers.size() == 4);
            await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> numbers.size() == 4);
            assertThat(listener.isRunning()).isTrue();
        }
        assertThat(numbers).containsExactly(3L, 4L, 5L, 6L);
    }

    @Test
    void a_handler_failure_stops_the_listener_at_that_block() throws Exception {
        final AtomicReference<Exception> reported = new AtomicReference<>();
        final List<Long> numbers = new CopyOnWriteArrayList<>();
        final BlockListener listener = connected.client().newBlockListener("foodtrace").onError(reported::set)
                .start(block -> {
                    if (block.number() == 2) {
                        throw new IllegalStateException("database down");
                    }
                    numbers.add(block.number());
                });
        await().atMost(WAIT).until(() -> !listener.isRunning());
        listener.close();

        assertThat(reported.get()).hasMessage("database down");
        assertThat(numbers).containsExactly(0L, 1L);
        assertThat(listener.nextBlock()).isEqualTo(2);
    }

    @Test
    void a_real_chaincode_write_reaches_the_block_as_its_read_write_set() throws Exception {
        final InMemoryLedger ledger = GuangdongScenario.masterDataOnly();
        new InMemoryFoodChaincode(ledger, GuangdongScenario.FARM1).attach(connected.gateway());
        final FoodTrace food = FoodTrace.of(connected.client());
        final List<LedgerBlock> blocks = new CopyOnWriteArrayList<>();

        try (BlockListener listener = connected.client().newBlockListener("foodtrace").startBlock(5)
                .start(blocks::add)) {
            food.registerLot(new RegisterLotRequest("BL-1", "CS-BULK", "Choy sum", new BigDecimal("12.5"), "kg",
                    "vegetables", new LotOrigin("Conghua Green Farm", "FARM1-PLOT7", "440117",
                            java.time.LocalDate.parse("2026-01-05"), OriginEvent.HARVESTING, "Plot 7", null, null, null),
                    null, null, GuangdongScenario.CHOY_SUM_GTIN, null, null));
            await().atMost(WAIT).until(() -> blocks.size() == 1);
            assertThat(listener.nextBlock()).isEqualTo(6);
        }

        final BlockTransaction transaction = blocks.get(0).transactions().get(0);
        assertThat(transaction.isValid()).isTrue();
        assertThat(transaction.writesTo("foodtrace")).extracting(KvWrite::key).contains("\u0000lot\u0000BL-1\u0000");
        final KvWrite lot = transaction.writesTo("foodtrace").stream()
                .filter(w -> w.key().equals("\u0000lot\u0000BL-1\u0000")).findFirst().orElseThrow();
        assertThat(ledger.stateAsString("\u0000lot\u0000BL-1\u0000")).contains(lot.valueText());
    }

    @Test
    void validates_its_arguments() {
        assertThatThrownBy(() -> connected.client().newBlockListener(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> connected.client().newBlockListener("foodtrace").startBlock(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> connected.client().newBlockListener("foodtrace").start(null))
                .isInstanceOf(NullPointerException.class);
    }
}
