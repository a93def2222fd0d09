// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.bench.ceiling.CeilingTransaction;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerContract;
import org.tracechain.client.LedgerException;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.json.LedgerJson;

/**
 * The records the workloads on existing records use, one per client so that concurrent clients never touch the same
 * keys: a lot per client (inspected by {@link Workloads#inspect}, read by {@link Workloads#getLot}) and a ceiling
 * key per client (read by {@link Workloads#ceilingGet}). Created before the runs, then awaited on every peer, because
 * an endorsement by a peer that has not committed them yet would be refused.
 */
final class ExistingRecords {

    private static final Logger LOG = LoggerFactory.getLogger(ExistingRecords.class);
    /** Submits in flight while creating: enough to fill blocks, few enough not to queue at the gateway. */
    private static final int PARALLEL = 16;

    private final String runId;
    private final int clients;

    private ExistingRecords(final String runId, final int clients) {
        this.runId = runId;
        this.clients = clients;
    }

    /**
     * Creates a lot (as {@code producer}) and a ceiling key for each of {@code clients} clients and waits until every
     * one of {@code readers} has the last block.
     */
    static ExistingRecords create(final LedgerContract producerFoodtrace, final LedgerContract producerCeiling,
            final List<LedgerClient> readers, final String runId, final int clients)
            throws LedgerException, InterruptedException {
        final ExistingRecords records = new ExistingRecords(runId, clients);
        final long foodtraceBlock = ParallelSubmits.highestBlock("creating the benchmark's lots", PARALLEL, clients,
                c -> producerFoodtrace.submit(FoodTransaction.REGISTER_LOT,
                        LedgerJson.toJson(Workloads.lotRequest(records.lot(c)))).blockNumber());
        final long ceilingBlock = ParallelSubmits.highestBlock("creating the benchmark's ceiling keys", PARALLEL,
                clients, c -> producerCeiling.submit(CeilingTransaction.PUT, records.ceilingKey(c),
                        Workloads.CEILING_VALUE).blockNumber());
        for (final LedgerClient reader : readers) {
            reader.awaitBlock(BenchTopology.FOODTRACE_CHANNEL, foodtraceBlock, Duration.ofSeconds(60));
            reader.awaitBlock(BenchTopology.CEILING_CHANNEL, ceilingBlock, Duration.ofSeconds(60));
        }
        LOG.info("Created {} lots and {} ceiling keys for the workloads on existing records", clients, clients);
        return records;
    }

    /** The lot of client {@code client}. */
    String lot(final int client) {
        return "BENCH-" + runId + "-LOT-" + check(client);
    }

    /** The ceiling key of client {@code client}. */
    String ceilingKey(final int client) {
        return "BENCH-" + runId + "-KEY-" + check(client);
    }

    private int check(final int client) {
        if (client < 0 || client >= clients) {
            throw new IllegalArgumentException("client " + client + " has no record: " + clients + " were created");
        }
        return client;
    }
}
