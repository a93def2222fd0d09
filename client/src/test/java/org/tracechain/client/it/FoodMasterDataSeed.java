// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * The foodtrace organisations' sites and party records on the test network, registered by each organisation's
 * admin once per network: every event is recorded at a registered site and a shipment needs both parties'
 * records, so no food transaction of any IT works on a ledger without them. The values are the Guangdong case's
 * (valid GS1 check digits and credit-code check characters); registering is skipped for what is there already,
 * so a reused network keeps its records.
 */
final class FoodMasterDataSeed {

    private static final Logger LOG = LoggerFactory.getLogger(FoodMasterDataSeed.class);
    private static final String CHANNEL = "foodtrace";

    /** The processor's packing hall, the producer's primary site. */
    static final String PACKING_HALL = "BAIYUN-HALL";
    static final String FARM1 = "FARM1-PLOT7";
    static final String FARM2 = "FARM2-FIELD2";
    /** The carrier's truck (no GLN: a project URN), the distributor's primary site. */
    static final String TRUCK = "TRUCK-YUE-A12345";
    static final List<String> MARKETS = List.of("MARKET1-STALL8", "MARKET2-STALL21", "MARKET3-STALL");
    static final String SAMR = "GZ-SAMR";

    private FoodMasterDataSeed() {}

    static void seed(final Path home) {
        final long start = System.nanoTime();
        final List<LedgerClient> admins = new ArrayList<>();
        long lastBlock = 0;
        try {
            for (final String org : List.of("producer", "distributor", "regulator")) {
                final LedgerClient admin = LiveNetworkExtension.connect(home, org, "admin", org);
                admins.add(admin);
                lastBlock = Math.max(lastBlock, seed(org, FoodTrace.of(admin)));
            }
            // Each organisation reads through its own peer: all of them must have every record before tests run.
            for (final LedgerClient admin : admins) {
                admin.awaitBlock(CHANNEL, lastBlock, Duration.ofSeconds(60));
            }
        } catch (LedgerException e) {
            throw new IllegalStateException("cannot register the foodtrace sites and parties of the test network", e);
        } finally {
            admins.forEach(LedgerClient::close);
        }
        LOG.info("foodtrace sites and parties in place in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** Registers what {@code org} lacks; returns the block of its last registration (0 when nothing was new). */
    private static long seed(final String org, final FoodTrace admin) throws LedgerException {
        long block = 0;
        switch (org) {
            case "producer" -> {
                block = site(admin, site(PACKING_HALL, "Baiyun Fresh Packing hall 3", "+86 20 3622 3001",
                        "88 Jiahe Road", "Guangzhou", "510440", "6901234000085", null), block);
                block = site(admin, site(FARM1, "Conghua Green Farm", "+86 20 6188 1001", "Plot 7, Liangkou Town",
                        "Conghua", "510960", "6901234000047", "PLOT7"), block);
                block = site(admin, site(FARM2, "Zengcheng River Farm", "+86 20 8272 2001", "Field 2, Paitan Town",
                        "Zengcheng", "511300", "6901234000061", "F2"), block);
                block = party(admin, "ProducerMSP", new PartyRequest("Baiyun Fresh Packing Co., Ltd.",
                        "+86 20 3622 3001", null, "6901234000078", null, PACKING_HALL), block);
            }
            case "distributor" -> {
                block = site(admin, site(TRUCK, "Yuecheng Cold Chain, refrigerated truck 粤A-12345",
                        "+86 20 8111 4001", "8 Huangpu Port Road (depot)", "Guangzhou", "510700", null, null), block);
                block = site(admin, site(MARKETS.get(0), "Jiangnan Wet Market stall 8", "+86 20 8431 5001",
                        "Stall 8, 45 Jiangnan Road", "Guangzhou", "510220", "6901234000108", null), block);
                block = site(admin, site(MARKETS.get(1), "Dongshan Wet Market stall 21", "+86 20 8765 5002",
                        "Stall 21, 3 Shuqian Road", "Guangzhou", "510080", "6901234000115", null), block);
                block = site(admin, site(MARKETS.get(2), "Mr Chen's vegetable stall, Tianhe Market",
                        "+86 138 0000 5003", "Stall 5, Tianhe Market, 2 Tianhe Road", "Guangzhou", "510630", null,
                        null), block);
                block = party(admin, "DistributorMSP", new PartyRequest("Yuecheng Cold Chain Logistics",
                        "+86 20 8111 4001", null, null, "91440104MA5CXY312G", TRUCK), block);
            }
            default -> {
                block = site(admin, site(SAMR, "Guangzhou AMR food safety office", "+86 20 12345", "2 Fuqian Road",
                        "Guangzhou", "510030", null, null), block);
                block = party(admin, "RegulatorMSP", new PartyRequest("Guangzhou Administration for Market Regulation",
                        "+86 20 12345", null, null, "11440100MB2C54321N", SAMR), block);
            }
        }
        return block;
    }

    private static SiteRequest site(final String id, final String name, final String phone, final String street,
            final String city, final String postalCode, final String gln, final String extension) {
        return new SiteRequest(id, name, phone, new PostalAddress(street, city, "Guangdong", postalCode, "CN"), gln,
                extension, "+08:00", null);
    }

    private static long site(final FoodTrace admin, final SiteRequest request, final long block)
            throws LedgerException {
        try {
            admin.site(request.siteId());
            return block;
        } catch (TransactionRefusedException e) {
            if (!e.hasCode(FoodError.SITE_NOT_FOUND)) {
                throw e;
            }
        }
        return Math.max(block, admin.registerSite(request).blockNumber());
    }

    private static long party(final FoodTrace admin, final String mspId, final PartyRequest request,
            final long block) throws LedgerException {
        try {
            admin.party(mspId);
            return block;
        } catch (TransactionRefusedException e) {
            if (!e.hasCode(FoodError.PARTY_NOT_FOUND)) {
                throw e;
            }
        }
        return Math.max(block, admin.registerParty(request).blockNumber());
    }
}
