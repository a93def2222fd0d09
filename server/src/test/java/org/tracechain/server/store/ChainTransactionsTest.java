// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracechain.client.BlockTransaction;
import org.tracechain.client.LedgerBlock;

/**
 * {@code chain_transactions} (V3) on a real PostgreSQL: every transaction of a block, the invalid ones too, is
 * recorded with its block's checkpoint, read newest first in pages, and emptied and refilled by a rebuild; function
 * names are kept only when the model's transaction tables name them.
 */
@ExtendWith(TestPostgres.class)
class ChainTransactionsTest {

    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");

    private static BlockTransaction tx(final int index, final String id, final String code, final String function) {
        return new BlockTransaction(index, id, code, T0.plusSeconds(index), "Org" + (index + 1) + "MSP", "foodtrace",
                List.of(), function);
    }

    /** Blocks 0 (config), 1 (two valid), 2 (one valid, one MVCC conflict, one with a made-up function name). */
    private static List<LedgerBlock> chain() {
        return List.of(new LedgerBlock("foodtrace", 0, List.of()),
                new LedgerBlock("foodtrace", 1, List.of(tx(0, "a1", "VALID", "RegisterLot"),
                        tx(1, "a2", "VALID", "foodtrace:Ship"))),
                new LedgerBlock("foodtrace", 2, List.of(tx(0, "b1", "VALID", "Receive"),
                        tx(1, "b2", "MVCC_READ_CONFLICT", "Ship"), tx(2, "b3", "ENDORSEMENT_POLICY_FAILURE",
                                "{\"secret\":\"argument\"}"))));
    }

    private static void projectAll(final StoreProjector projector) throws Exception {
        for (final LedgerBlock block : chain()) {
            projector.project(block);
        }
    }

    @Test
    void every_transaction_is_listed_newest_first_with_its_code_and_only_a_known_function_name(final DataSource db)
            throws Exception {
        projectAll(StoreProjector.food(db, "foodtrace"));

        final StorePage<ChainTransaction> page = new PostgresQueryStore(db, "foodtrace")
                .transactions("foodtrace", 10, Optional.empty());

        assertThat(page.height()).isEqualTo(3);
        assertThat(page.nextPageToken()).isEmpty();
        assertThat(page.items()).extracting(ChainTransaction::transactionId).containsExactly("b3", "b2", "b1", "a2",
                "a1");
        assertThat(page.items()).extracting(ChainTransaction::validationCode).containsExactly(
                "ENDORSEMENT_POLICY_FAILURE", "MVCC_READ_CONFLICT", "VALID", "VALID", "VALID");
        // A qualified name is stored as the table spells it; text no table lists (an argument?) is not stored.
        assertThat(page.items()).extracting(ChainTransaction::function).containsExactly(null, "Ship", "Receive",
                "Ship", "RegisterLot");
        assertThat(page.items().get(1)).isEqualTo(new ChainTransaction("foodtrace", 2, 1, "b2", "MVCC_READ_CONFLICT",
                "foodtrace", "Ship", "Org2MSP", T0.plusSeconds(1)));
    }

    @Test
    void pages_follow_each_other_without_gap_or_repeat_and_foreign_tokens_are_refused(final DataSource db)
            throws Exception {
        projectAll(StoreProjector.food(db, "foodtrace"));
        final PostgresQueryStore store = new PostgresQueryStore(db, "foodtrace");

        final List<String> seen = new ArrayList<>();
        Optional<String> token = Optional.empty();
        int pages = 0;
        do {
            final StorePage<ChainTransaction> page = store.transactions("foodtrace", 2, token);
            page.items().forEach(t -> seen.add(t.transactionId()));
            token = page.nextPageToken();
            pages++;
        } while (token.isPresent());

        assertThat(seen).containsExactly("b3", "b2", "b1", "a2", "a1");
        assertThat(pages).isEqualTo(3);
        assertThat(store.transactions("govdir", 2, Optional.empty()).items()).isEmpty();
        assertThatThrownBy(() -> store.transactions("foodtrace", 2, Optional.of(PageToken.key("a1"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.transactions("foodtrace", 0, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.transactions("foodtrace", ChainTransactions.MAX_LIMIT + 1, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_block_that_does_not_commit_leaves_no_transaction_and_a_retry_records_each_once(final DataSource db)
            throws Exception {
        final StoreProjector projector = StoreProjector.food(db, "foodtrace");
        projector.project(chain().get(0));
        projector.beforeCommit(block -> {
            throw new IllegalStateException("crash");
        });
        assertThatThrownBy(() -> projector.project(chain().get(1))).hasMessage("crash");
        assertThat(StoreTables.count(db, "SELECT count(*) FROM chain_transactions")).isZero();

        projector.beforeCommit(block -> { });
        projectAll(projector); // block 0 again is skipped, 1 and 2 are recorded once
        projector.project(chain().get(2));
        assertThat(StoreTables.count(db, "SELECT count(*) FROM chain_transactions")).isEqualTo(5);
    }

    @Test
    void a_rebuild_empties_its_own_channel_only_and_the_replay_refills_it(final DataSource db) throws Exception {
        final StoreProjector food = StoreProjector.food(db, "foodtrace");
        projectAll(food);
        final StoreProjector directory = StoreProjector.directory(db, "govdir");
        directory.project(new LedgerBlock("govdir", 0, List.of(new BlockTransaction(0, "d1", "VALID", T0,
                "GovMSP", "govdir", List.of(), "NoSuchTransaction"))));

        food.rebuild();
        assertThat(StoreTables.count(db, "SELECT count(*) FROM chain_transactions WHERE channel = 'foodtrace'"))
                .isZero();
        assertThat(StoreTables.count(db, "SELECT count(*) FROM chain_transactions WHERE channel = 'govdir'"))
                .isEqualTo(1);

        projectAll(food);
        assertThat(new PostgresQueryStore(db, "foodtrace").transactions("foodtrace", 10, Optional.empty()).items())
                .hasSize(5);
        assertThat(new PostgresQueryStore(db, "foodtrace").transactions("govdir", 10, Optional.empty()).items())
                .extracting(ChainTransaction::function).containsExactly((String) null);
    }

    @Test
    void function_names_come_from_the_model_tables_of_the_named_chaincode() {
        assertThat(ChainTransactions.functionName("foodtrace", "RegisterLot")).isEqualTo("RegisterLot");
        assertThat(ChainTransactions.functionName("foodtrace", "foodtrace:RegisterLot")).isEqualTo("RegisterLot");
        assertThat(ChainTransactions.functionName("foodtrace", "govdir:RegisterLot")).isNull();
        assertThat(ChainTransactions.functionName("mycc", "RegisterLot")).isNull();
        assertThat(ChainTransactions.functionName("foodtrace", "")).isNull();
    }
}
