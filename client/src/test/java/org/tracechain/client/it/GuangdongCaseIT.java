// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.client.ChaincodeEventListener;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.TransactionRefusedException;
import org.tracechain.client.Committed;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.client.Pending;
import org.tracechain.client.food.SafetyNotice;
import org.tracechain.client.food.export.EpcisExport;
import org.tracechain.client.food.export.FsmaCsvExport;
import org.tracechain.client.testing.EpcisSchema;
import org.tracechain.model.food.AcknowledgeRecallRequest;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.DocumentRequest;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.InspectRequest;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotOrigin;
import org.tracechain.model.food.OriginEvent;
import org.tracechain.model.food.LotQuantity;
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.food.RecallBatchNotice;
import org.tracechain.model.food.RecallRequest;
import org.tracechain.model.food.RecallStatusView;
import org.tracechain.model.food.ReceiveRequest;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.SellRequest;
import org.tracechain.model.food.SensorReading;
import org.tracechain.model.food.SensorReadingsRequest;
import org.tracechain.model.food.SensorReportResult;
import org.tracechain.model.food.ShipRequest;
import org.tracechain.model.food.TermsVerification;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.food.TradeTerms;
import org.tracechain.model.food.TransformKind;
import org.tracechain.model.food.TransformOutput;
import org.tracechain.model.food.TransformRequest;
import org.tracechain.model.food.VerifyTermsRequest;

/**
 * The Guangdong case on the live network, through the typed {@link FoodTrace} SDK: two farms, a processor, a
 * cold-chain carrier, three markets and the market-supervision regulator.
 *
 * <p>Organisations: farms and the processor are ProducerMSP (producer/farmer registers both farms' lots,
 * producer/processor transforms and ships); the carrier and the three markets are DistributorMSP
 * (distributor/carrier receives and reports temperatures; the markets are three retail sites of the distributor
 * where distributor/retailer sells: with three organisations on the channel there is no fourth, fifth and sixth
 * organisation for separate markets, so each market is a site of the distributor's custody rather than a
 * custody transfer of its own). The regulator organisation inspects (regulator/inspector) and recalls
 * (regulator/regulator).
 */
@ExtendWith(LiveNetworkExtension.class)
@Order(2)
class GuangdongCaseIT {

    private static final Logger LOG = LoggerFactory.getLogger(GuangdongCaseIT.class);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String CHOY_SUM = "06901234567892";
    private static final String DISTRIBUTOR = "DistributorMSP";

    @TempDir
    Path temp;

    @Test
    void farm_to_market_failure_trace_recall_acknowledgement_and_exports(
            @Identity(org = "producer", user = "farmer") final LedgerClient farmerClient,
            @Identity(org = "producer", user = "inspector") final LedgerClient labClient,
            @Identity(org = "producer", user = "processor") final LedgerClient processorClient,
            @Identity(org = "distributor", user = "carrier") final LedgerClient carrierClient,
            @Identity(org = "distributor", user = "retailer") final LedgerClient retailerClient,
            @Identity(org = "regulator", user = "inspector") final LedgerClient regulatorLabClient,
            @Identity(org = "regulator", user = "regulator") final LedgerClient regulatorClient) throws Exception {
        final FoodTrace farmer = FoodTrace.of(farmerClient);
        final FoodTrace lab = FoodTrace.of(labClient);
        final FoodTrace processor = FoodTrace.of(processorClient);
        final FoodTrace carrier = FoodTrace.of(carrierClient);
        final FoodTrace retailer = FoodTrace.of(retailerClient);
        final FoodTrace regulatorLab = FoodTrace.of(regulatorLabClient);
        final FoodTrace regulator = FoodTrace.of(regulatorClient);
        final Stopwatch clock = new Stopwatch();

        // GS1 lot numbers (AI 10) have at most 20 characters, so the lot ids stay short to get Digital Links.
        final String farm1 = Ids.unique("F1");
        final String farm2 = Ids.unique("F2");
        final String batch = Ids.unique("B");
        final List<String> retail = List.of(Ids.unique("R1"), Ids.unique("R2"), Ids.unique("R3"));
        final String recallId = Ids.unique("SAMR-GZ");
        final Instant started = Instant.now().minusSeconds(60);

        // 1. Two farms register vegetable lots; their certificates are anchored and the lab inspects.
        final Committed<Lot> lot1 = farmer.registerLot(farmLot(farm1, "500", "Conghua Green Farm",
                FoodMasterDataSeed.FARM1, "440117"));
        final Committed<Lot> lot2 = farmer.registerLot(farmLot(farm2, "300", "Zengcheng River Farm",
                FoodMasterDataSeed.FARM2, "440118"));
        assertThat(lot1.transactionId()).isNotBlank();
        assertThat(lot1.value().digitalLink()).isEqualTo("https://id.gs1.org/01/" + CHOY_SUM + "/10/" + farm1);
        final String cert1 = sha256("certificate " + farm1);
        final String cert2 = sha256("certificate " + farm2);
        farmer.recordDocument(certificate(cert1, farm1));
        farmer.recordDocument(certificate(cert2, farm2));
        assertThat(lab.inspect(inspection(farm1, "0.01", cert1, null)).value().body().inspection().passed()).isTrue();
        assertThat(lab.inspect(inspection(farm2, "0.02", cert2, null)).value().body().inspection().passed()).isTrue();
        clock.lap("register + certify + inspect 2 farm lots");

        // 2. The processor merges both lots into a packaged batch and splits it into three retail lots.
        processor.transform(new TransformRequest(TransformKind.MERGE,
                List.of(new LotQuantity(farm1, new BigDecimal("500"), null),
                        new LotQuantity(farm2, new BigDecimal("300"), null)),
                List.of(new TransformOutput(batch, null, "菜心 Choy sum, packed 5 kg", null, new BigDecimal("800"), null)),
                FoodMasterDataSeed.PACKING_HALL, null, null, "merge and pack"));
        final Committed<TrackingEvent> split = processor.transform(new TransformRequest(TransformKind.SPLIT,
                List.of(new LotQuantity(batch, new BigDecimal("750"), null)),
                retail.stream().map(id -> new TransformOutput(id, null, null, null, new BigDecimal("250"), null)).toList(),
                FoodMasterDataSeed.PACKING_HALL, null, null, "split for three markets"));
        assertThat(split.value().body().transformation().outputs()).hasSize(3);
        clock.lap("merge + split");

        // The checkpointed safety listener is running from here on.
        final Path checkpoint = temp.resolve("checkpoints/safety.json");
        final List<SafetyNotice> notices = new CopyOnWriteArrayList<>();
        ChaincodeEventListener listener = regulator.listenForRecallsAndAlerts(checkpoint, notices::add);

        // 3. The processor ships the retail lots to the distributor with private terms (async, in parallel);
        //    the carrier receives them with its receiving advice as private terms.
        final List<TradeTerms> terms = new ArrayList<>();
        final List<Pending<TrackingEvent>> shipments = new ArrayList<>();
        for (int i = 0; i < retail.size(); i++) {
            final TradeTerms t = new TradeTerms(new BigDecimal("1250.50"), "CNY", "GZ-PO-" + i, "FOB Baiyun");
            terms.add(t);
            shipments.add(processor.shipAsync(new ShipRequest(retail.get(i), DISTRIBUTOR,
                    FoodMasterDataSeed.PACKING_HALL, null, null, null), t));
        }
        final List<TrackingEvent> shipEvents = new ArrayList<>();
        Committed<TrackingEvent> lastShipment = null;
        for (final Pending<TrackingEvent> shipment : shipments) {
            final Committed<TrackingEvent> committed = shipment.awaitCommit();
            shipEvents.add(committed.value());
            lastShipment = lastShipment == null || committed.blockNumber() > lastShipment.blockNumber() ? committed
                    : lastShipment;
        }
        // Each organisation reads and endorses through its own peer: the carrier's must have the shipments.
        seen(carrierClient, lastShipment);
        assertThat(shipEvents).allSatisfy(e -> assertThat(e.body().shipment().termsHash()).hasSize(64));
        clock.lap("ship 3 lots with private terms (async)");
        final List<TrackingEvent> receiveEvents = new ArrayList<>();
        for (final String lotId : retail) {
            receiveEvents.add(carrier.receive(new ReceiveRequest(lotId, FoodMasterDataSeed.TRUCK, null, null, null),
                    new TradeTerms(new BigDecimal("1250.50"), "CNY", "GZ-RA-" + lotId, "received cold")).value());
        }
        assertThat(carrier.lot(retail.get(0)).holderMspId()).isEqualTo(DISTRIBUTOR);
        clock.lap("receive 3 lots with private terms");

        // 4. Cold chain: one excursion raises an alert, which the listener receives.
        final SensorReportResult sensor = carrier.recordSensorReadings(new SensorReadingsRequest(retail, "粤A-冷-01",
                null, "Cel", new BigDecimal("0"), new BigDecimal("5"), List.of(
                        new SensorReading(Instant.parse("2026-01-01T00:00:10Z"), new BigDecimal("3.2")),
                        new SensorReading(Instant.parse("2026-01-01T00:00:20Z"), new BigDecimal("8.9")),
                        new SensorReading(Instant.parse("2026-01-01T00:00:30Z"), new BigDecimal("4.1"))),
                FoodMasterDataSeed.TRUCK, null)).value();
        assertThat(sensor.alert()).isNotNull();
        await().atMost(WAIT).until(() -> !notices.isEmpty());
        final SafetyNotice.ColdChainAlert alert = (SafetyNotice.ColdChainAlert) notices.get(0);
        assertThat(alert.notice().alertId()).isEqualTo(sensor.alert().alertId());
        assertThat(alert.notice().excursionCount()).isEqualTo(1);
        assertThat(alert.notice().highest()).isEqualByComparingTo("8.9");
        listener.close();
        clock.lap("sensor report + alert delivered to the listener");

        // 5. Three markets (retail sites of the distributor) sell part of each lot.
        Committed<?> lastSale = null;
        for (int i = 0; i < retail.size(); i++) {
            lastSale = retailer.sell(new SellRequest(retail.get(i), new BigDecimal("20"),
                    FoodMasterDataSeed.MARKETS.get(i), null, null));
        }
        clock.lap("3 market sales");
        seen(regulatorLabClient, lastSale);

        // 6. The regulator's lab finds a pesticide failure on farm 2's lot; the regulator traces forward.
        final String retestCert = sha256("retest " + farm2);
        final TrackingEvent failure = regulatorLab.inspect(inspection(farm2, "0.31", null, new DocumentRequest(
                retestCert, "https://samr.example/" + retestCert.substring(0, 8) + ".pdf", "inspection_report",
                "农药残留复检报告", "Guangdong SAMR lab", LocalDate.parse("2026-01-02"), null, null))).value();
        assertThat(failure.body().inspection().passed()).isFalse();
        final TraceResult forward = regulator.traceForward(farm2);
        assertThat(forward.lots()).extracting(Lot::lotId).containsExactly(farm2, batch, retail.get(0), retail.get(1),
                retail.get(2));
        clock.lap("failing inspection + trace forward");

        // 7. Recall: the farm lot and everything made from it, across both holder organisations.
        final Committed<RecallBatchNotice> recall = regulator.recall(new RecallRequest(recallId, farm2,
                "chlorpyrifos 0.31 mg/kg exceeds MRL 0.05 mg/kg", List.of(retestCert)));
        assertThat(recall.value().complete()).isTrue();
        assertThat(recall.value().lots()).extracting(RecallBatchNotice.AffectedLot::lotId)
                .containsExactlyInAnyOrder(farm2, batch, retail.get(0), retail.get(1), retail.get(2));
        for (final String lotId : retail) {
            assertThat(regulator.lot(lotId).status()).isEqualTo(LotStatus.RECALLED);
        }
        assertThat(regulator.lot(farm1).status()).as("farm 1 is upstream").isEqualTo(LotStatus.CONSUMED);
        seen(retailerClient, recall);
        seen(processorClient, recall);
        assertThatThrownBy(() -> retailer.sell(new SellRequest(retail.get(0), BigDecimal.ONE, null, null, null)))
                .isInstanceOfSatisfying(TransactionRefusedException.class, e -> {
                    assertThat(e.hasCode(FoodError.LOT_RECALLED)).isTrue();
                    assertThat(e.transactionId()).isPresent();
                });
        clock.lap("recall across ProducerMSP and DistributorMSP");

        // The listener resumes from its checkpoint: the recall arrives, the alert is not repeated.
        notices.clear();
        listener = regulator.listenForRecallsAndAlerts(checkpoint, notices::add);
        try {
            await().atMost(WAIT).until(() -> notices.stream().anyMatch(n -> n instanceof SafetyNotice.Recall r
                    && r.notice().recallId().equals(recallId)));
        } finally {
            listener.close();
        }
        assertThat(notices).noneMatch(n -> n instanceof SafetyNotice.ColdChainAlert a
                && a.notice().alertId().equals(sensor.alert().alertId()));
        final SafetyNotice.Recall recalled = (SafetyNotice.Recall) notices.stream()
                .filter(n -> n instanceof SafetyNotice.Recall).findFirst().orElseThrow();
        assertThat(recalled.issued()).isTrue();
        assertThat(recalled.transactionId()).isEqualTo(recall.transactionId());

        // 8. Every affected holder acknowledges; nobody is missing.
        assertThat(regulator.recallStatus(recallId).notAcknowledged()).containsExactly(DISTRIBUTOR, "ProducerMSP");
        processor.acknowledgeRecall(new AcknowledgeRecallRequest(recallId, "batch quarantined"));
        seen(regulatorClient, carrier.acknowledgeRecall(new AcknowledgeRecallRequest(recallId,
                "withdrawn from three markets")));
        final RecallStatusView status = regulator.recallStatus(recallId);
        assertThat(status.notAcknowledged()).isEmpty();
        assertThat(status.holders()).allMatch(RecallStatusView.HolderAcknowledgement::acknowledged);
        clock.lap("acknowledgements");

        // 9. Trace back from a retail lot: both farms and all certificates.
        final TraceResult back = retailer.traceBack(retail.get(1));
        assertThat(back.lots()).extracting(Lot::lotId).containsExactly(retail.get(1), batch, farm1, farm2);
        assertThat(back.lots()).extracting(l -> l.origin() == null ? null : l.origin().regionCode())
                .contains("440117", "440118");
        assertThat(back.documents()).extracting(DocumentRecord::hash).contains(cert1, cert2, retestCert);
        assertThat(back.events()).extracting(e -> e.body().kind()).contains(EventKind.REGISTER, EventKind.INSPECT,
                EventKind.TRANSFORM, EventKind.SHIP, EventKind.RECEIVE, EventKind.SENSOR, EventKind.ALERT,
                EventKind.SELL, EventKind.RECALL);
        clock.lap("trace back");

        // 10. The private terms match the on-chain hash (and Fabric's own private-data hash).
        final TermsVerification verified = regulator.verifyTerms(new VerifyTermsRequest(shipEvents.get(1).eventId(),
                terms.get(1)));
        assertThat(verified.matches()).isTrue();
        assertThat(verified.privateDataHashMatches()).isTrue();
        assertThat(regulator.verifyTerms(new VerifyTermsRequest(shipEvents.get(1).eventId(), new TradeTerms(
                new BigDecimal("999"), "CNY", "GZ-PO-1", "FOB Baiyun"))).matches()).isFalse();
        assertThat(carrier.terms(receiveEvents.get(2).eventId()).contractNumber()).isEqualTo("GZ-RA-" + retail.get(2));
        assertThat(carrier.verifyDocument(cert1).recorded()).isTrue();
        clock.lap("terms and document verification");

        exports(back, regulator, started, List.of(farm1, farm2, batch, retail.get(0), retail.get(1), retail.get(2)));
        clock.lap("exports");
        LOG.info("Guangdong case timings: {}", clock);
        java.nio.file.Files.writeString(Path.of("target/guangdong-case-timings.txt"), clock + "\n");
    }

    /** Waits until the reader's peer has committed {@code write}'s block: each organisation reads its own peer. */
    private static void seen(final LedgerClient reader, final Committed<?> write) throws Exception {
        reader.awaitBlock("foodtrace", write.blockNumber(), WAIT);
    }

    /** EPCIS JSON-LD of the trace parses back with one event per ledger event; FSMA rows for the trace and a date range. */
    private static void exports(final TraceResult back, final FoodTrace regulator, final Instant from,
            final List<String> lots) throws Exception {
        final JsonNode epcis = new ObjectMapper().readTree(EpcisExport.toJsonLd(back));
        assertThat(epcis.path("type").asText()).isEqualTo("EPCISDocument");
        assertThat(epcis.path("@context").get(0).asText()).isEqualTo(EpcisExport.EPCIS_CONTEXT);
        final JsonNode eventList = epcis.path("epcisBody").path("eventList");
        assertThat(eventList.size()).isEqualTo(back.events().size());
        final Map<String, Long> byType = new TreeMap<>();
        eventList.forEach(e -> byType.merge(e.path("type").asText(), 1L, Long::sum));
        assertThat(byType.get("TransformationEvent")).isEqualTo(
                back.events().stream().filter(e -> e.body().kind() == EventKind.TRANSFORM).count());
        assertThat(byType.get("ObjectEvent")).isEqualTo(
                back.events().stream().filter(e -> e.body().kind() != EventKind.TRANSFORM).count());
        // UUID URNs (version 5, from the ledger ids), never a hash that claims the CBV algorithm.
        eventList.forEach(e -> assertThat(e.path("eventID").asText())
                .matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
        eventList.forEach(e -> assertThat(e.has("readPoint")).as(e.toString()).isTrue());
        final JsonNode commissioning = eventList.get(0);
        assertThat(commissioning.path("action").asText()).isEqualTo("ADD");
        assertThat(commissioning.path("quantityList").get(0).path("epcClass").asText())
                .startsWith("https://id.gs1.org/01/" + CHOY_SUM + "/10/");
        assertThat(commissioning.path("readPoint").path("id").asText())
                .isIn("https://id.gs1.org/414/6901234000047/254/PLOT7", "https://id.gs1.org/414/6901234000061/254/F2");
        final JsonNode receipt = find(eventList, "receiving");
        assertThat(receipt.path("disposition").asText()).isEqualTo("in_progress");
        assertThat(receipt.path("bizLocation").path("id").asText()).isEqualTo("urn:tracechain:site:"
                + FoodMasterDataSeed.TRUCK);
        assertThat(receipt.path("sourceList").toString()).contains("https://id.gs1.org/417/6901234000078");
        assertThat(receipt.path("destinationList").toString()).contains("urn:tracechain:party:uscc:91440104MA5CXY312G");
        assertThat(find(eventList, "holding").path("disposition").asText()).isIn("recalled", "non_sellable_other");
        assertThat(EpcisSchema.errors(epcis)).isEmpty();
        LOG.info("EPCIS export of the trace back: {} events {}", eventList.size(), byType);

        final List<String> traceRows = FsmaCsvExport.toCsv(back).lines().toList();
        assertThat(traceRows.get(0)).startsWith("Critical Tracking Event,Traceability Lot Code,");
        assertThat(traceRows).anyMatch(r -> r.startsWith("Harvesting," + lots.get(0) + ","));
        assertThat(traceRows).anyMatch(r -> r.startsWith("Harvesting," + lots.get(1) + ","));
        assertThat(traceRows).anyMatch(r -> r.startsWith("Transformation," + lots.get(2) + ","));
        assertThat(traceRows).anyMatch(r -> r.startsWith("Shipping," + lots.get(4) + ",")
                && r.contains("Yuecheng Cold Chain Logistics (USCC 91440104MA5CXY312G)"));
        assertThat(traceRows).anyMatch(r -> r.startsWith("Receiving," + lots.get(4) + ",")
                && r.contains("+08:00,"));
        assertThat(traceRows).noneMatch(r -> r.contains("ProducerMSP") || r.contains("DistributorMSP"));

        final List<Lot> registered = regulator.lotsRegisteredBetween(from, Instant.now().plusSeconds(60)).stream()
                .filter(l -> lots.contains(l.lotId())).toList();
        assertThat(registered).extracting(Lot::lotId).containsExactlyInAnyOrderElementsOf(lots);
        final List<TrackingEvent> events = new ArrayList<>();
        for (final Lot lot : registered) {
            events.addAll(regulator.allEventsOfLot(lot.lotId()));
        }
        final List<String> rangeRows = FsmaCsvExport.toCsv(registered, events, back.documents(),
                regulator.masterDataFor(registered, events)).lines().toList();
        assertThat(rangeRows.stream().filter(r -> r.startsWith("Shipping,")).count()).isEqualTo(3);
        assertThat(rangeRows.stream().filter(r -> r.startsWith("Receiving,")).count()).isEqualTo(3);
        assertThat(rangeRows.stream().filter(r -> r.startsWith("Harvesting,")).count()).isEqualTo(2);
        assertThat(rangeRows.stream().filter(r -> r.startsWith("Transformation,")).count()).isEqualTo(4);
        LOG.info("FSMA CSV: {} rows for the trace, {} rows for the date range", traceRows.size() - 1,
                rangeRows.size() - 1);
    }

    /** The first event of a business step. */
    private static JsonNode find(final JsonNode eventList, final String bizStep) {
        for (final JsonNode event : eventList) {
            if (bizStep.equals(event.path("bizStep").asText())) {
                return event;
            }
        }
        throw new AssertionError("no " + bizStep + " event in " + eventList);
    }

    // ---- scenario data ----

    /** A harvested lot with the choy sum GTIN: it becomes an LGTIN class with a GS1 Digital Link. */
    private static RegisterLotRequest farmLot(final String lotId, final String kg, final String farm,
            final String site, final String region) {
        return new RegisterLotRequest(lotId, "CS-BULK", "菜心 Choy sum", new BigDecimal(kg), "kg", "vegetables",
                new LotOrigin(farm, site, region, LocalDate.parse("2025-12-31"), OriginEvent.HARVESTING, null, null,
                        null, null), null, null, CHOY_SUM, null, null);
    }

    private static DocumentRequest certificate(final String hash, final String lotId) {
        return new DocumentRequest(hash, "https://lab.example/" + hash.substring(0, 8) + ".pdf", "inspection_report",
                "农药残留检测报告", "Guangzhou QC Lab", LocalDate.parse("2026-01-01"), LocalDate.parse("2036-12-31"),
                List.of(lotId));
    }

    private static InspectRequest inspection(final String lotId, final String result, final String certificateHash,
            final DocumentRequest certificate) {
        return new InspectRequest(lotId, "chlorpyrifos", new BigDecimal(result), new BigDecimal("0.05"), "mg/kg", null,
                "GB 2763-2021", "Guangzhou QC Lab", certificate, certificateHash, null, null, null);
    }

    static String sha256(final String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((text + " " + Ids.unique("salt")).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lap times of the scenario's steps, for the log. */
    static final class Stopwatch {
        private final StringBuilder laps = new StringBuilder();
        private long last = System.nanoTime();
        private final long start = last;

        void lap(final String step) {
            final long now = System.nanoTime();
            laps.append(String.format("%n  %-55s %6d ms", step, (now - last) / 1_000_000));
            last = now;
        }

        @Override
        public String toString() {
            return laps + String.format("%n  %-55s %6d ms", "total", (System.nanoTime() - start) / 1_000_000);
        }
    }
}
