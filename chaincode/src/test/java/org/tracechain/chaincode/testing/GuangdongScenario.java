// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.testing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hyperledger.fabric.contract.Context;
import org.tracechain.chaincode.food.FoodTraceContract;
import org.tracechain.model.food.AcknowledgeRecallRequest;
import org.tracechain.model.food.ConfigurationRequest;
import org.tracechain.model.food.CoolRequest;
import org.tracechain.model.food.DocumentRequest;
import org.tracechain.model.food.InspectRequest;
import org.tracechain.model.food.LotOrigin;
import org.tracechain.model.food.LotQuantity;
import org.tracechain.model.food.OriginEvent;
import org.tracechain.model.food.PartyRequest;
import org.tracechain.model.food.PostalAddress;
import org.tracechain.model.food.RecallRequest;
import org.tracechain.model.food.ReceiveRequest;
import org.tracechain.model.food.ReferenceDocument;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.SellRequest;
import org.tracechain.model.food.SensorReading;
import org.tracechain.model.food.SensorReadingsRequest;
import org.tracechain.model.food.ShipRequest;
import org.tracechain.model.food.SiteRequest;
import org.tracechain.model.food.TransformKind;
import org.tracechain.model.food.TransformOutput;
import org.tracechain.model.food.TransformRequest;
import org.tracechain.model.identity.Role;
import org.tracechain.model.json.LedgerJson;

/**
 * The Guangdong demo scenario on an in-memory foodtrace ledger, shared by the chaincode's scenario test and the
 * client's export tests: two farms in Conghua and Zengcheng harvest choy sum (菜心), one farm hydrocools its lot,
 * a Baiyun packer initially packs both into cases and splits them into three retail lots, a cold-chain carrier
 * takes them to three wet markets (one a stall without a GLN), the markets sell, a re-test finds chlorpyrifos
 * over the limit in farm 2's lot and Guangzhou SAMR recalls everything made from it.
 *
 * <p>Every organisation registers its party (farms, packer and carrier with a party GLN, markets and SAMR with a
 * unified social credit code) and sites with FSMA location descriptions. Times are Guangdong business hours of
 * 5 January 2026 (UTC+8); the ledger clock follows the story.
 */
public final class GuangdongScenario {

    public static final String CHOY_SUM_GTIN = "06901234567892";
    public static final String CASE_GTIN = "16901234567899";
    public static final String FARM1_LOT = "GZ-F1-001";
    public static final String FARM2_LOT = "GZ-F2-001";
    public static final String PACKED_LOT = "GZ-PACK-001";
    public static final List<String> RETAIL_LOTS = List.of("GZ-R1", "GZ-R2", "GZ-R3");
    public static final String RECALL_ID = "SAMR-GZ-2026-001";
    public static final String CERT_FARM1 = "1".repeat(64);
    public static final String CERT_FARM2 = "2".repeat(64);
    public static final String CERT_RETEST = "3".repeat(64);

    public static final TestIdentity FARM1 = TestIdentities.client("Farm1MSP", "farmer1", Role.PRODUCER);
    public static final TestIdentity FARM2 = TestIdentities.client("Farm2MSP", "farmer2", Role.PRODUCER);
    public static final TestIdentity PACKER = TestIdentities.client("ProcMSP", "packer", Role.PROCESSOR);
    public static final TestIdentity CARRIER = TestIdentities.client("CarrierMSP", "driver", Role.LOGISTICS);
    public static final List<TestIdentity> MARKETS = List.of(
            TestIdentities.client("Market1MSP", "stall1", Role.RETAILER),
            TestIdentities.client("Market2MSP", "stall2", Role.RETAILER),
            TestIdentities.client("Market3MSP", "stall3", Role.RETAILER));
    public static final TestIdentity LAB = TestIdentities.client("LabMSP", "analyst", Role.INSPECTOR);
    public static final TestIdentity REGULATOR = TestIdentities.client("SamrMSP", "officer", Role.REGULATOR);

    /** The channel's members in the scenario. */
    public static final List<String> MEMBERS = List.of("CarrierMSP", "Farm1MSP", "Farm2MSP", "LabMSP", "Market1MSP",
            "Market2MSP", "Market3MSP", "ProcMSP", "SamrMSP");

    private final InMemoryLedger ledger;
    private final FoodTraceContract contract = new FoodTraceContract();

    private GuangdongScenario(final InMemoryLedger ledger) {
        this.ledger = ledger;
    }

    /** Runs the whole scenario on a new ledger and returns it. */
    public static InMemoryLedger run() {
        final InMemoryLedger ledger = new InMemoryLedger("foodtrace");
        new GuangdongScenario(ledger).play();
        return ledger;
    }

    /** Runs only the master data and configuration on a new ledger (for tests that write their own story). */
    public static InMemoryLedger masterDataOnly() {
        final InMemoryLedger ledger = new InMemoryLedger("foodtrace");
        new GuangdongScenario(ledger).masterData();
        return ledger;
    }

    private void play() {
        masterData();
        // 08:00 local: harvest in Conghua and Zengcheng.
        at("2026-01-05T00:00:00Z");
        submit(FARM1, ctx -> contract.registerLot(ctx, json(farmLot(FARM1_LOT, "500", "Conghua Green Farm",
                "FARM1-PLOT7", "Plot 7", "440117"))));
        submit(FARM2, ctx -> contract.registerLot(ctx, json(farmLot(FARM2_LOT, "300", "Zengcheng River Farm",
                "FARM2-FIELD2", "Field 2", "440118"))));
        inspect(FARM1_LOT, "0.01", CERT_FARM1);
        inspect(FARM2_LOT, "0.02", CERT_FARM2);
        // 09:30 local: farm 1 hydrocools its lot in its own cooler before it leaves.
        at("2026-01-05T01:30:00Z");
        submit(FARM1, ctx -> contract.cool(ctx, json(new CoolRequest(FARM1_LOT, "FARM1-COOLER", null, null, null,
                "hydrocooling to 2 °C"))));
        // 10:00 local: both farms ship to the Baiyun packing hall; the packer receives at 11:00.
        at("2026-01-05T02:00:00Z");
        ship(FARM1, FARM1_LOT, "ProcMSP", "FARM1-COOLER", "BAIYUN-HALL", "BOL-CG-0105",
                "{\"price\":3000,\"currency\":\"CNY\",\"contractNumber\":\"GZ-PO-1\"}");
        ship(FARM2, FARM2_LOT, "ProcMSP", "FARM2-FIELD2", "BAIYUN-HALL", "BOL-ZC-0105",
                "{\"price\":1900,\"currency\":\"CNY\",\"contractNumber\":\"GZ-PO-2\"}");
        at("2026-01-05T03:00:00Z");
        receive(PACKER, FARM1_LOT, "BAIYUN-HALL", "RA-BY-0105-1");
        receive(PACKER, FARM2_LOT, "BAIYUN-HALL", "RA-BY-0105-2");
        // 12:00 local: initial packing of both harvests into 5 kg cases (a new traceability lot code), then the
        // packed lot is split into three retail lots of 50 cases.
        at("2026-01-05T04:00:00Z");
        submit(PACKER, ctx -> contract.transform(ctx, json(new TransformRequest(TransformKind.INITIAL_PACK, List.of(
                new LotQuantity(FARM1_LOT, new BigDecimal("500"), "kg"),
                new LotQuantity(FARM2_LOT, new BigDecimal("300"), "kg")),
                List.of(new TransformOutput(PACKED_LOT, "CS-5KG", "菜心 Choy sum, 5 kg carton", "vegetables",
                        new BigDecimal("160"), "CS", CASE_GTIN)), "BAIYUN-HALL", null, null, "wash, trim and pack",
                List.of(new ReferenceDocument("prodorder", "PK-0105-01"))))));
        at("2026-01-05T04:30:00Z");
        submit(PACKER, ctx -> contract.transform(ctx, json(new TransformRequest(TransformKind.SPLIT, List.of(
                new LotQuantity(PACKED_LOT, new BigDecimal("150"), "CS")), RETAIL_LOTS.stream()
                .map(id -> new TransformOutput(id, null, null, null, new BigDecimal("50"), null)).toList(),
                "BAIYUN-HALL", null, null, "split for three markets",
                List.of(new ReferenceDocument("prodorder", "PK-0105-02"))))));
        // 13:00 local: the carrier loads the retail lots; a temperature excursion on the road raises an alert.
        at("2026-01-05T05:00:00Z");
        for (final String lot : RETAIL_LOTS) {
            ship(PACKER, lot, "CarrierMSP", "BAIYUN-HALL", "TRUCK-YUE-A12345", "DESADV-" + lot, null);
        }
        at("2026-01-05T05:10:00Z");
        for (final String lot : RETAIL_LOTS) {
            receive(CARRIER, lot, "TRUCK-YUE-A12345", null);
        }
        at("2026-01-05T06:30:00Z");
        submit(CARRIER, ctx -> contract.recordSensorReadings(ctx, json(new SensorReadingsRequest(RETAIL_LOTS,
                "粤A-冷-01", null, "Cel", new BigDecimal("0"), new BigDecimal("5"), List.of(
                        new SensorReading(Instant.parse("2026-01-05T05:30:00Z"), new BigDecimal("3.2")),
                        new SensorReading(Instant.parse("2026-01-05T05:45:00Z"), new BigDecimal("8.9")),
                        new SensorReading(Instant.parse("2026-01-05T06:00:00Z"), new BigDecimal("7.4")),
                        new SensorReading(Instant.parse("2026-01-05T06:15:00Z"), new BigDecimal("4.1"))),
                "TRUCK-YUE-A12345", null))));
        // 15:00 local: the carrier delivers to the three markets, which receive and sell.
        at("2026-01-05T07:00:00Z");
        for (int i = 0; i < 3; i++) {
            ship(CARRIER, RETAIL_LOTS.get(i), "Market" + (i + 1) + "MSP", "TRUCK-YUE-A12345", null,
                    "BOL-YUE-" + (i + 1), null);
        }
        at("2026-01-05T07:30:00Z");
        for (int i = 0; i < 3; i++) {
            receive(MARKETS.get(i), RETAIL_LOTS.get(i), null, null);
        }
        at("2026-01-05T09:00:00Z");
        for (int i = 0; i < 3; i++) {
            final String lot = RETAIL_LOTS.get(i);
            submit(MARKETS.get(i), ctx -> contract.sell(ctx, json(new SellRequest(lot, new BigDecimal("4"), null,
                    null, null))));
        }
        // Next morning: a SAMR re-test of farm 2's lot fails; SAMR recalls it and everything made from it.
        at("2026-01-06T01:00:00Z");
        submit(LAB, ctx -> contract.inspect(ctx, json(new InspectRequest(FARM2_LOT, "chlorpyrifos",
                new BigDecimal("0.31"), new BigDecimal("0.05"), "mg/kg", null, "GB 2763-2021", "Guangzhou QC Lab",
                new DocumentRequest(CERT_RETEST, "https://lab.example/retest.pdf", "inspection_report",
                        "农药残留复检报告", "Guangzhou QC Lab", LocalDate.parse("2026-01-06"), null, null), null, null,
                null, null))));
        at("2026-01-06T02:00:00Z");
        submit(REGULATOR, ctx -> contract.recall(ctx, json(new RecallRequest(RECALL_ID, FARM2_LOT,
                "chlorpyrifos 0.31 mg/kg exceeds MRL 0.05 mg/kg", List.of(CERT_RETEST)))));
        for (final TestIdentity holder : List.of(MARKETS.get(0), MARKETS.get(1), MARKETS.get(2), PACKER)) {
            submit(holder, ctx -> contract.acknowledgeRecall(ctx, json(new AcknowledgeRecallRequest(RECALL_ID,
                    "stock withdrawn"))));
        }
    }

    private void masterData() {
        at("2026-01-04T00:00:00Z");
        submit(TestIdentities.admin("SamrMSP", "samr-admin"), ctx -> contract.configure(ctx, json(
                new ConfigurationRequest(List.of("SamrMSP"), MEMBERS))));
        party("Farm1MSP", "Conghua Green Farm Cooperative", "+86 20 6188 1001", "6901234000030", null,
                site("FARM1-PLOT7", "Conghua Green Farm", "+86 20 6188 1001", "Plot 7, Liangkou Town", "Conghua",
                        "510960", "6901234000047", "PLOT7"),
                site("FARM1-COOLER", "Conghua Green Farm cold room", "+86 20 6188 1002", "12 Liangkou Road",
                        "Conghua", "510960", "6901234000047", null));
        party("Farm2MSP", "Zengcheng River Farm", "+86 20 8272 2001", "6901234000054", null,
                site("FARM2-FIELD2", "Zengcheng River Farm", "+86 20 8272 2001", "Field 2, Paitan Town", "Zengcheng",
                        "511300", "6901234000061", "F2"));
        party("ProcMSP", "Baiyun Fresh Packing Co., Ltd.", "+86 20 3622 3001", "6901234000078", null,
                site("BAIYUN-HALL", "Baiyun Fresh Packing hall 3", "+86 20 3622 3001", "88 Jiahe Road", "Guangzhou",
                        "510440", "6901234000085", null));
        party("CarrierMSP", "Yuecheng Cold Chain Logistics", "+86 20 8111 4001", "6901234000092", null,
                site("TRUCK-YUE-A12345", "Yuecheng Cold Chain, refrigerated truck 粤A-12345", "+86 20 8111 4001",
                        "8 Huangpu Port Road (depot)", "Guangzhou", "510700", null, null));
        party("Market1MSP", "Jiangnan Wet Market stall 8", "+86 20 8431 5001", null, "91440101MA59ABCD0A",
                site("MARKET1-STALL8", "Jiangnan Wet Market stall 8", "+86 20 8431 5001", "Stall 8, 45 Jiangnan Road",
                        "Guangzhou", "510220", "6901234000108", null));
        party("Market2MSP", "Dongshan Wet Market stall 21", "+86 20 8765 5002", null, "91440104MA5CXY312G",
                site("MARKET2-STALL21", "Dongshan Wet Market stall 21", "+86 20 8765 5002",
                        "Stall 21, 3 Shuqian Road", "Guangzhou", "510080", "6901234000115", null));
        party("Market3MSP", "Mr Chen's vegetable stall", "+86 138 0000 5003", null, "92440106MA9XKQRT30",
                site("MARKET3-STALL", "Mr Chen's vegetable stall, Tianhe Market", "+86 138 0000 5003",
                        "Stall 5, Tianhe Market, 2 Tianhe Road", "Guangzhou", "510630", null, null));
        party("LabMSP", "Guangzhou QC Lab", "+86 20 3839 6001", null, "12440100MB2C12345L",
                site("GZ-QC-LAB", "Guangzhou QC Lab", "+86 20 3839 6001", "5 Kexue Avenue", "Guangzhou", "510663",
                        null, null));
        party("SamrMSP", "Guangzhou Administration for Market Regulation", "+86 20 12345", null,
                "11440100MB2C54321N", site("GZ-SAMR", "Guangzhou AMR food safety office", "+86 20 12345",
                        "2 Fuqian Road", "Guangzhou", "510030", null, null));
        submit(TestIdentities.client("LabMSP", "lab-clerk", Role.INSPECTOR), ctx -> contract.recordDocument(ctx,
                json(certificate(CERT_FARM1))));
        submit(TestIdentities.client("LabMSP", "lab-clerk", Role.INSPECTOR), ctx -> contract.recordDocument(ctx,
                json(certificate(CERT_FARM2))));
    }

    private static SiteRequest site(final String id, final String name, final String phone, final String street,
            final String city, final String postalCode, final String gln, final String extension) {
        return new SiteRequest(id, name, phone, new PostalAddress(street, city, "Guangdong", postalCode, "CN"), gln,
                extension, "+08:00", null);
    }

    private void party(final String msp, final String name, final String phone, final String pgln, final String uscc,
            final SiteRequest... sites) {
        final TestIdentity admin = TestIdentities.admin(msp, msp.toLowerCase(java.util.Locale.ROOT) + "-admin");
        for (final SiteRequest site : sites) {
            submit(admin, ctx -> contract.registerSite(ctx, json(site)));
        }
        submit(admin, ctx -> contract.registerParty(ctx, json(new PartyRequest(name, phone, sites[0].address(), pgln,
                uscc, sites[0].siteId()))));
    }

    private static RegisterLotRequest farmLot(final String lotId, final String kg, final String farm,
            final String site, final String field, final String region) {
        return new RegisterLotRequest(lotId, "CS-BULK", "菜心 Choy sum, bulk", new BigDecimal(kg), "kg",
                "vegetables", new LotOrigin(farm, site, region, LocalDate.parse("2026-01-05"), OriginEvent.HARVESTING,
                        field, null, null, null), null, null, CHOY_SUM_GTIN,
                List.of(new ReferenceDocument("prodorder", "HARVEST-" + lotId)), null);
    }

    private static DocumentRequest certificate(final String hash) {
        return new DocumentRequest(hash, "https://lab.example/" + hash.substring(0, 4) + ".pdf", "inspection_report",
                "农药残留检测报告", "Guangzhou QC Lab", LocalDate.parse("2026-01-04"), LocalDate.parse("2026-03-31"),
                null);
    }

    private void inspect(final String lotId, final String result, final String certificateHash) {
        submit(LAB, ctx -> contract.inspect(ctx, json(new InspectRequest(lotId, "chlorpyrifos", new BigDecimal(result),
                new BigDecimal("0.05"), "mg/kg", null, "GB 2763-2021", "Guangzhou QC Lab", null, certificateHash,
                null, null, null))));
    }

    private void ship(final TestIdentity from, final String lotId, final String to, final String site,
            final String toSite, final String bol, final String terms) {
        final String request = json(new ShipRequest(lotId, to, site, null, null, null, toSite,
                List.of(new ReferenceDocument(bol.startsWith("DESADV") ? "desadv" : "bol", bol))));
        if (terms == null) {
            submit(from, ctx -> contract.ship(ctx, request));
        } else {
            // A client draws the salt at random; the scenario fixes one so its hashes repeat.
            ledger.submit(from, Map.of("terms", terms.getBytes(StandardCharsets.UTF_8), "termsSalt",
                    "5a1f".repeat(16).getBytes(StandardCharsets.UTF_8)), ctx -> contract.ship(ctx, request));
        }
    }

    private void receive(final TestIdentity by, final String lotId, final String site, final String advice) {
        submit(by, ctx -> contract.receive(ctx, json(new ReceiveRequest(lotId, site, null, null, null,
                advice == null ? null : List.of(new ReferenceDocument("recadv", advice))))));
    }

    private void at(final String instant) {
        ledger.setClock(Instant.parse(instant));
    }

    private void submit(final TestIdentity who, final Function<Context, String> transaction) {
        ledger.submit(who, transaction);
        ledger.advanceClock(Duration.ofSeconds(59));
    }

    private static String json(final Object value) {
        return LedgerJson.toJson(value);
    }
}
