// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.model.food.AcknowledgeRecallRequest;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.DocumentRequest;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.InspectRequest;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotOrigin;
import org.tracechain.model.food.LotQuery;
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.food.RecallBatchNotice;
import org.tracechain.model.food.RecallRequest;
import org.tracechain.model.food.RecallStatusView;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.ResultPage;
import org.tracechain.model.food.SensorReading;
import org.tracechain.model.food.SensorReadingsRequest;
import org.tracechain.model.food.SensorReportResult;
import org.tracechain.model.food.ShipRequest;
import org.tracechain.model.food.TraceRequest;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.food.TransformKind;
import org.tracechain.model.food.TransformRequest;
import org.tracechain.model.json.LedgerJson;

/**
 * Guangdong edible-agricultural-product traceability, end to end: two farms, a processor, a cold-chain
 * carrier, three wet markets, a testing lab and the market-supervision regulator (SAMR).
 */
class GuangdongScenarioTest extends FoodFixture {

    private static final String CERT_FARM1 = "1".repeat(64);
    private static final String CERT_FARM2 = "2".repeat(64);
    private static final String CERT_RETEST = "3".repeat(64);
    private static final String CHOY_SUM = "06901234567892";

    private void registerFarmLot(final TestIdentity farm, final String lotId, final String kg, final String farmName,
            final String region) {
        submit(farm, ctx -> contract.registerLot(ctx, json(new RegisterLotRequest(lotId, CHOY_SUM, "菜心 Choy sum",
                new BigDecimal(kg), "kg", "vegetables", new LotOrigin(farmName, farmName + " plot 7", region,
                        LocalDate.parse("2025-12-31")), null, null))));
    }

    private TrackingEvent inspect(final String lotId, final String result, final String certHash) {
        return submit(LAB, ctx -> contract.inspect(ctx, json(new InspectRequest(lotId, "chlorpyrifos",
                new BigDecimal(result), new BigDecimal("0.05"), "mg/kg", null, "GB 2763-2021", "Guangzhou QC Lab",
                new DocumentRequest(certHash, "https://lab.example/" + certHash.substring(0, 4) + ".pdf",
                        "inspection_report", "农药残留检测报告", "Guangzhou QC Lab", LocalDate.parse("2026-01-01"),
                        LocalDate.parse("2026-03-31"), null), null, null, null, null))), TrackingEvent.class);
    }

    @Test
    void farm_to_market_then_failure_trace_recall_and_acknowledgement() {
        configure();

        // Two farms register vegetable lots with inspection certificates.
        registerFarmLot(FARM1, "GZ-F1-001", "500", "Conghua Green Farm", "440117");
        registerFarmLot(FARM2, "GZ-F2-001", "300", "Zengcheng River Farm", "440118");
        assertThat(inspect("GZ-F1-001", "0.01", CERT_FARM1).body().inspection().passed()).isTrue();
        assertThat(inspect("GZ-F2-001", "0.02", CERT_FARM2).body().inspection().passed()).isTrue();

        // Farms ship to the processor with private prices; the processor receives.
        submitWithTerms(FARM1, "{\"price\":3000,\"currency\":\"CNY\",\"contractNumber\":\"GZ-PO-1\"}",
                ctx -> contract.ship(ctx, json(new ShipRequest("GZ-F1-001", "ProcMSP", null, null, null, null))));
        submitWithTerms(FARM2, "{\"price\":1900,\"currency\":\"CNY\",\"contractNumber\":\"GZ-PO-2\"}",
                ctx -> contract.ship(ctx, json(new ShipRequest("GZ-F2-001", "ProcMSP", null, null, null, null))));
        receive(PROCESSOR, "GZ-F1-001");
        receive(PROCESSOR, "GZ-F2-001");

        // The processor merges both and splits the batch into three retail lots (trimming loss 50 kg).
        submit(PROCESSOR, ctx -> contract.transform(ctx, json(new TransformRequest(TransformKind.MERGE, List.of(
                input("GZ-F1-001", "500"), input("GZ-F2-001", "300")), List.of(output("GZ-BATCH-1", "800")),
                "Baiyun packing hall", null, null, null))));
        split(PROCESSOR, "GZ-BATCH-1", "800", List.of("GZ-R1", "GZ-R2", "GZ-R3"), "250");
        final List<String> retail = List.of("GZ-R1", "GZ-R2", "GZ-R3");

        // A carrier takes the retail lots and reports cold-chain temperatures; one excursion raises an alert.
        retail.forEach(lot -> deliver(PROCESSOR, lot, CARRIER));
        final SensorReportResult sensor = submit(CARRIER, ctx -> contract.recordSensorReadings(ctx, json(
                new SensorReadingsRequest(retail, "粤A-冷-01", null, "Cel", new BigDecimal("0"), new BigDecimal("5"),
                        List.of(new SensorReading(Instant.parse("2026-01-01T00:00:10Z"), new BigDecimal("3.2")),
                                new SensorReading(Instant.parse("2026-01-01T00:00:20Z"), new BigDecimal("8.9")),
                                new SensorReading(Instant.parse("2026-01-01T00:00:30Z"), new BigDecimal("4.1"))),
                        "Truck 粤A-12345", null))), SensorReportResult.class);
        assertThat(sensor.alert()).isNotNull();
        assertThat(ledger.events().get(ledger.events().size() - 1).name()).isEqualTo("ColdChainAlert");
        assertThat(evaluate(MARKET2, ctx -> contract.alertsByLot(ctx, "{\"lotId\":\"GZ-R2\"}"),
                new TypeReference<ResultPage<org.tracechain.model.food.AlertRecord>>() {}).items()).hasSize(1);

        // Three markets receive.
        final List<TestIdentity> markets = List.of(MARKET1, MARKET2, MARKET3);
        for (int i = 0; i < 3; i++) {
            deliver(CARRIER, retail.get(i), markets.get(i));
        }
        assertThat(lot("GZ-R3").holderMspId()).isEqualTo("Market3MSP");

        // A re-test finds a pesticide failure on farm 2's lot; the regulator finds it and traces forward.
        inspect("GZ-F2-001", "0.31", CERT_RETEST);
        final ResultPage<TrackingEvent> farm2Events = evaluate(REGULATOR, ctx -> contract.eventsByLot(ctx,
                "{\"lotId\":\"GZ-F2-001\"}"), new TypeReference<>() {});
        final TrackingEvent failure = farm2Events.items().stream()
                .filter(e -> e.body().kind() == EventKind.INSPECT && !e.body().inspection().passed()).findFirst()
                .orElseThrow();
        assertThat(failure.body().inspection().result()).isEqualByComparingTo("0.31");
        final TraceResult forward = evaluate(REGULATOR, ctx -> contract.traceForward(ctx, "{\"lotId\":\"GZ-F2-001\"}"),
                TraceResult.class);
        assertThat(forward.lots()).extracting(Lot::lotId).containsExactly("GZ-F2-001", "GZ-BATCH-1", "GZ-R1", "GZ-R2",
                "GZ-R3");

        // Recall: the farm lot and every downstream lot, in one transaction, with holders in the event.
        final RecallBatchNotice notice = submit(REGULATOR, ctx -> contract.recall(ctx, json(new RecallRequest(
                "SAMR-GZ-2026-001", "GZ-F2-001", "chlorpyrifos 0.31 mg/kg exceeds MRL 0.05 mg/kg",
                List.of(CERT_RETEST)))), RecallBatchNotice.class);
        assertThat(notice.complete()).isTrue();
        assertThat(notice.lots()).containsExactlyInAnyOrder(
                new RecallBatchNotice.AffectedLot("GZ-F2-001", "ProcMSP"),
                new RecallBatchNotice.AffectedLot("GZ-BATCH-1", "ProcMSP"),
                new RecallBatchNotice.AffectedLot("GZ-R1", "Market1MSP"),
                new RecallBatchNotice.AffectedLot("GZ-R2", "Market2MSP"),
                new RecallBatchNotice.AffectedLot("GZ-R3", "Market3MSP"));
        final var recallEvent = ledger.events().get(ledger.events().size() - 1);
        assertThat(recallEvent.name()).isEqualTo("RecallIssued");
        assertThat(LedgerJson.fromBytes(recallEvent.payload(), RecallBatchNotice.class)).isEqualTo(notice);
        assertThat(lot("GZ-F1-001").status()).as("farm 1 is upstream, not downstream").isEqualTo(LotStatus.CONSUMED);
        for (final String lotId : List.of("GZ-F2-001", "GZ-BATCH-1", "GZ-R1", "GZ-R2", "GZ-R3")) {
            assertThat(lot(lotId).status()).isEqualTo(LotStatus.RECALLED);
        }

        // Every affected holder acknowledges.
        final List<String> pending = new ArrayList<>(evaluate(REGULATOR, ctx -> contract.recallStatus(ctx,
                "SAMR-GZ-2026-001"), RecallStatusView.class).notAcknowledged());
        assertThat(pending).containsExactly("Market1MSP", "Market2MSP", "Market3MSP", "ProcMSP");
        for (final TestIdentity holder : List.of(MARKET1, MARKET2, MARKET3, PROCESSOR)) {
            submit(holder, ctx -> contract.acknowledgeRecall(ctx, json(new AcknowledgeRecallRequest("SAMR-GZ-2026-001",
                    "stock withdrawn"))));
        }
        final RecallStatusView status = evaluate(REGULATOR, ctx -> contract.recallStatus(ctx, "SAMR-GZ-2026-001"),
                RecallStatusView.class);
        assertThat(status.notAcknowledged()).isEmpty();
        assertThat(status.holders()).allMatch(RecallStatusView.HolderAcknowledgement::acknowledged);

        // A consumer-side trace back from a retail lot returns both farms and all certificates.
        final TraceResult back = evaluate(MARKET2, ctx -> contract.traceBack(ctx, json(new TraceRequest("GZ-R2", null,
                null, null, null))), TraceResult.class);
        assertThat(back.lots()).extracting(Lot::lotId).containsExactly("GZ-R2", "GZ-BATCH-1", "GZ-F1-001",
                "GZ-F2-001");
        assertThat(back.lots()).extracting(l -> l.origin().regionCode()).contains("440117", "440118");
        assertThat(back.documents()).extracting(DocumentRecord::hash).containsExactly(CERT_FARM1, CERT_FARM2,
                CERT_RETEST);
        assertThat(back.events()).extracting(e -> e.body().kind()).contains(EventKind.REGISTER, EventKind.INSPECT,
                EventKind.SHIP, EventKind.RECEIVE, EventKind.TRANSFORM, EventKind.SENSOR, EventKind.ALERT,
                EventKind.RECALL);
        assertThat(evaluate(MARKET2, ctx -> contract.lotsByHolder(ctx, json(new LotQuery("Market2MSP", null, null,
                null, null, null, null, null, null, null))), new TypeReference<ResultPage<Lot>>() {}).items())
                .extracting(Lot::lotId).containsExactly("GZ-R2");
    }
}
