// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.chaincode.testing.GuangdongScenario.FARM1_LOT;
import static org.tracechain.chaincode.testing.GuangdongScenario.FARM2_LOT;
import static org.tracechain.chaincode.testing.GuangdongScenario.PACKED_LOT;
import static org.tracechain.chaincode.testing.GuangdongScenario.RETAIL_LOTS;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracechain.chaincode.testing.GuangdongScenario;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.food.PartyRecord;
import org.tracechain.model.food.RecallBatchNotice;
import org.tracechain.model.food.RecallStatusView;
import org.tracechain.model.food.SiteRecord;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.food.TransformKind;
import org.tracechain.model.json.LedgerJson;

/**
 * Guangdong edible-agricultural-product traceability, end to end ({@link GuangdongScenario}): two farms, a
 * packer, a cold-chain carrier, three wet markets, a testing lab and the market-supervision regulator (SAMR).
 */
class GuangdongScenarioTest {

    private final InMemoryLedger ledger = GuangdongScenario.run();
    private final FoodTraceContract contract = new FoodTraceContract();

    private <T> T read(final java.util.function.Function<org.hyperledger.fabric.contract.Context, String> query,
            final Class<T> type) {
        return LedgerJson.fromJson(ledger.evaluate(GuangdongScenario.REGULATOR, query), type);
    }

    @Test
    void the_recall_reaches_every_lot_made_from_farm_2_and_every_holder_acknowledges() {
        final var issued = ledger.events().stream().filter(e -> e.name().equals("RecallIssued")).findFirst()
                .orElseThrow();
        final RecallBatchNotice notice = LedgerJson.fromBytes(issued.payload(), RecallBatchNotice.class);
        assertThat(notice.complete()).isTrue();
        assertThat(notice.lots()).containsExactlyInAnyOrder(
                new RecallBatchNotice.AffectedLot(FARM2_LOT, "ProcMSP"),
                new RecallBatchNotice.AffectedLot(PACKED_LOT, "ProcMSP"),
                new RecallBatchNotice.AffectedLot("GZ-R1", "Market1MSP"),
                new RecallBatchNotice.AffectedLot("GZ-R2", "Market2MSP"),
                new RecallBatchNotice.AffectedLot("GZ-R3", "Market3MSP"));
        assertThat(read(ctx -> contract.getLot(ctx, FARM1_LOT), Lot.class).status())
                .as("farm 1 is upstream, not downstream").isEqualTo(LotStatus.CONSUMED);
        for (final String lotId : List.of(FARM2_LOT, PACKED_LOT, "GZ-R1", "GZ-R2", "GZ-R3")) {
            assertThat(read(ctx -> contract.getLot(ctx, lotId), Lot.class).status()).isEqualTo(LotStatus.RECALLED);
        }
        final RecallStatusView status = read(ctx -> contract.recallStatus(ctx, GuangdongScenario.RECALL_ID),
                RecallStatusView.class);
        assertThat(status.notAcknowledged()).isEmpty();
        assertThat(status.holders()).extracting(RecallStatusView.HolderAcknowledgement::mspId)
                .containsExactly("Market1MSP", "Market2MSP", "Market3MSP", "ProcMSP");
    }

    @Test
    void a_trace_back_from_a_retail_lot_reaches_both_farms_with_every_critical_tracking_event_and_master_data() {
        final TraceResult back = read(ctx -> contract.traceBack(ctx, "{\"lotId\":\"GZ-R2\"}"), TraceResult.class);
        assertThat(back.lots()).extracting(Lot::lotId).containsExactly("GZ-R2", PACKED_LOT, FARM1_LOT, FARM2_LOT);
        assertThat(back.documents()).extracting(DocumentRecord::hash).containsExactly(GuangdongScenario.CERT_FARM1,
                GuangdongScenario.CERT_FARM2, GuangdongScenario.CERT_RETEST);
        assertThat(back.events()).extracting(e -> e.body().kind()).contains(EventKind.REGISTER, EventKind.INSPECT,
                EventKind.COOL, EventKind.SHIP, EventKind.RECEIVE, EventKind.TRANSFORM, EventKind.SENSOR,
                EventKind.ALERT, EventKind.SELL, EventKind.RECALL);
        assertThat(back.events()).filteredOn(e -> e.body().kind() == EventKind.TRANSFORM)
                .extracting(e -> e.body().transformation().kind())
                .containsExactly(TransformKind.INITIAL_PACK, TransformKind.SPLIT);
        assertThat(back.sites()).extracting(SiteRecord::siteId).contains("FARM1-PLOT7", "FARM1-COOLER",
                "FARM2-FIELD2", "BAIYUN-HALL", "TRUCK-YUE-A12345", "MARKET2-STALL21", "GZ-QC-LAB", "GZ-SAMR");
        assertThat(back.parties()).extracting(PartyRecord::mspId).contains("Farm1MSP", "Farm2MSP", "ProcMSP",
                "CarrierMSP", "Market2MSP", "SamrMSP");
        final Lot packed = back.lots().get(1);
        assertThat(packed.digitalLink()).isEqualTo("https://id.gs1.org/01/" + GuangdongScenario.CASE_GTIN + "/10/"
                + PACKED_LOT);
        assertThat(packed.origin().site()).as("the TLC source is the packing site").isEqualTo("BAIYUN-HALL");
    }

    @Test
    void sensor_events_happen_when_observed_and_the_alert_when_the_excursion_began() {
        final TraceResult forward = read(ctx -> contract.traceForward(ctx, "{\"lotId\":\"GZ-R1\"}"), TraceResult.class);
        final TrackingEvent sensor = forward.events().stream().filter(e -> e.body().kind() == EventKind.SENSOR)
                .findFirst().orElseThrow();
        final TrackingEvent alert = forward.events().stream().filter(e -> e.body().kind() == EventKind.ALERT)
                .findFirst().orElseThrow();
        assertThat(sensor.body().eventTime()).hasToString("2026-01-05T06:15:00Z");
        assertThat(sensor.recordTime()).isAfter(sensor.body().eventTime());
        assertThat(alert.body().eventTime()).hasToString("2026-01-05T05:45:00Z");
        assertThat(alert.body().sensor().readings()).hasSize(2);
    }
}
