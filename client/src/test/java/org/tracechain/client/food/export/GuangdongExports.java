// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracechain.chaincode.food.FoodTraceContract;
import org.tracechain.chaincode.testing.GuangdongScenario;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.json.LedgerJson;

/**
 * The Guangdong demo scenario run by the real chaincode on the in-memory ledger, traced forward from both farm
 * lots (everything made from them) as the regulator would, ready to export.
 *
 * @param lots the lots reached
 * @param events their events, in record order
 * @param documents the documents they cite
 * @param master the sites and parties they name
 * @param traces the two traces
 */
record GuangdongExports(List<Lot> lots, List<TrackingEvent> events, List<DocumentRecord> documents, MasterData master,
        List<TraceResult> traces) {

    private static GuangdongExports scenario;

    static synchronized GuangdongExports scenario() {
        if (scenario == null) {
            final InMemoryLedger ledger = GuangdongScenario.run();
            final List<TraceResult> traces = new ArrayList<>();
            for (final String farmLot : List.of(GuangdongScenario.FARM1_LOT, GuangdongScenario.FARM2_LOT)) {
                traces.add(LedgerJson.fromJson(ledger.evaluate(GuangdongScenario.REGULATOR, ctx -> new FoodTraceContract()
                        .traceForward(ctx, "{\"lotId\":\"" + farmLot + "\"}")), TraceResult.class));
            }
            traces.add(LedgerJson.fromJson(ledger.evaluate(GuangdongScenario.REGULATOR, ctx -> new FoodTraceContract()
                    .traceBack(ctx, "{\"lotId\":\"GZ-R2\"}")), TraceResult.class));
            final Map<String, Lot> lots = new LinkedHashMap<>();
            final Map<String, TrackingEvent> events = new LinkedHashMap<>();
            final Map<String, DocumentRecord> documents = new LinkedHashMap<>();
            for (final TraceResult trace : traces) {
                trace.lots().forEach(l -> lots.putIfAbsent(l.lotId(), l));
                trace.events().forEach(e -> events.putIfAbsent(e.eventId(), e));
                trace.documents().forEach(d -> documents.putIfAbsent(d.hash(), d));
            }
            scenario = new GuangdongExports(List.copyOf(lots.values()), events.values().stream()
                    .sorted(Comparator.comparing(TrackingEvent::recordTime).thenComparing(TrackingEvent::eventId))
                    .toList(), List.copyOf(documents.values()), MasterData.of(traces), List.copyOf(traces));
        }
        return scenario;
    }
}
