// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.client.BlockTransaction;
import org.tracechain.client.KvWrite;
import org.tracechain.client.LedgerBlock;

/**
 * The blocks a channel would hold after an in-memory ledger's story: block 0 its config block, then the committed
 * transactions with their real writes, {@code perBlock} to a block.
 */
public final class ScenarioBlocks {

    private ScenarioBlocks() {}

    public static List<LedgerBlock> of(final InMemoryLedger ledger, final String chaincode, final int perBlock) {
        final List<LedgerBlock> blocks = new ArrayList<>();
        blocks.add(new LedgerBlock(ledger.channelId(), 0, List.of()));
        final List<InMemoryLedger.CommittedTransaction> committed = ledger.committedWrites();
        for (int start = 0; start < committed.size(); start += perBlock) {
            final List<BlockTransaction> transactions = new ArrayList<>();
            for (int i = start; i < Math.min(start + perBlock, committed.size()); i++) {
                transactions.add(transaction(transactions.size(), committed.get(i), chaincode, "VALID"));
            }
            blocks.add(new LedgerBlock(ledger.channelId(), blocks.size(), transactions));
        }
        return blocks;
    }

    static BlockTransaction transaction(final int index, final InMemoryLedger.CommittedTransaction committed,
            final String chaincode, final String code) {
        return new BlockTransaction(index, committed.txId(), code, committed.timestamp(), "Org1MSP", chaincode,
                writes(chaincode, committed.writes()));
    }

    static BlockTransaction transaction(final int index, final String txId, final String chaincode, final String code,
            final Map<String, byte[]> writes) {
        return new BlockTransaction(index, txId, code, Instant.EPOCH, "Org1MSP", chaincode, writes(chaincode, writes));
    }

    private static List<KvWrite> writes(final String namespace, final Map<String, byte[]> writes) {
        final List<KvWrite> out = new ArrayList<>();
        writes.forEach((key, value) -> out.add(new KvWrite(namespace, key, value == null ? new byte[0] : value,
                value == null)));
        return out;
    }

    /** The same block with one more transaction. */
    static LedgerBlock with(final LedgerBlock block, final BlockTransaction extra) {
        final List<BlockTransaction> transactions = new ArrayList<>(block.transactions());
        transactions.add(extra);
        return new LedgerBlock(block.channel(), block.number(), transactions);
    }
}
