// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerException;
import org.tracechain.client.TransactionRefusedException;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.PartyRequest;
import org.tracechain.model.food.PostalAddress;
import org.tracechain.model.food.SiteRequest;

/**
 * What a producer's {@code RegisterLot} needs on a fresh ledger: every food event is recorded at a registered site,
 * and a lot without an explicit site is registered at its organisation's primary site, named in its party record.
 * The producer's admin registers both once (as the demo does); what is there already is kept.
 */
final class ProducerMasterData {

    private static final Logger LOG = LoggerFactory.getLogger(ProducerMasterData.class);
    static final String SITE = "BENCH-FARM";
    /** A unified social credit code with a valid GB 32100 check character (the demo producer's). */
    private static final String USCC = "91440101MA59ABCD0A";

    private ProducerMasterData() {}

    /** Registers the producer's site and party record as {@code admin} unless present; waits for every peer. */
    static void ensure(final LedgerClient admin, final Iterable<LedgerClient> readers) throws LedgerException {
        final FoodTrace food = FoodTrace.of(admin);
        try {
            food.party(admin.mspId());
            LOG.info("The producer's party record is in place");
            return;
        } catch (TransactionRefusedException e) {
            if (!e.hasCode(FoodError.PARTY_NOT_FOUND)) {
                throw e;
            }
        }
        final PostalAddress address = new PostalAddress("1 Bench Road", "Guangzhou", "Guangdong", "510000", "CN");
        try {
            food.registerSite(new SiteRequest(SITE, "tracechain bench farm", "+86 20 0000 0002", address, null, null,
                    "+08:00", null));
        } catch (TransactionRefusedException e) {
            if (!e.hasCode(FoodError.SITE_ALREADY_EXISTS)) {
                throw e;
            }
        }
        final long block = food.registerParty(new PartyRequest("tracechain bench producer", "+86 20 0000 0002",
                address, null, USCC, SITE)).blockNumber();
        // Any endorsing peer must know the party before the first lot: wait until each has the block.
        for (final LedgerClient reader : readers) {
            reader.awaitBlock(BenchTopology.FOODTRACE_CHANNEL, block, Duration.ofSeconds(60));
        }
        LOG.info("Registered the producer's site {} and party record (block {})", SITE, block);
    }
}
