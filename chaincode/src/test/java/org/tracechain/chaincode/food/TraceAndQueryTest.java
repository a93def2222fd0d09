// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotQuery;
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.food.LotVersion;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.RegisterSerialsRequest;
import org.tracechain.model.food.ResultPage;
import org.tracechain.model.food.SerialItem;
import org.tracechain.model.food.TraceRequest;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.food.TransformKind;
import org.tracechain.model.food.TransformRequest;

/** Lineage: F1, F2 → M1 → S1, S2; S2 → T1. */
class TraceAndQueryTest extends FoodFixture {

    private static final TypeReference<ResultPage<Lot>> LOT_PAGE = new TypeReference<>() {};

    @BeforeEach
    void setUp() {
        configure();
        registerLot(FARM1, "F1", "100");
        registerLot(FARM2, "F2", "50");
        deliver(FARM1, "F1", PROCESSOR);
        deliver(FARM2, "F2", PROCESSOR);
        submit(PROCESSOR, ctx -> contract.transform(ctx, json(new TransformRequest(TransformKind.MERGE,
                List.of(input("F1", "100"), input("F2", "50")), List.of(output("M1", "150")), null, null, null, null))));
        split(PROCESSOR, "M1", "150", List.of("S1", "S2"), "75");
        split(PROCESSOR, "S2", "75", List.of("T1"), "75");
    }

    private TraceResult trace(final boolean forward, final TraceRequest request) {
        return evaluate(MARKET1, ctx -> forward ? contract.traceForward(ctx, json(request))
                : contract.traceBack(ctx, json(request)), TraceResult.class);
    }

    private static List<String> ids(final TraceResult result) {
        return result.lots().stream().map(Lot::lotId).toList();
    }

    @Test
    void trace_back_returns_all_ancestors_edges_and_events() {
        final TraceResult back = trace(false, new TraceRequest("T1", null, null, null, null));

        assertThat(ids(back)).containsExactly("T1", "S2", "M1", "F1", "F2");
        assertThat(back.edges()).contains(new TraceResult.Edge("F1", "M1"), new TraceResult.Edge("S2", "T1"));
        assertThat(back.truncated()).isFalse();
        assertThat(back.frontier()).isEmpty();
        assertThat(back.events()).extracting(e -> e.body().kind()).contains(EventKind.REGISTER, EventKind.SHIP,
                EventKind.RECEIVE, EventKind.TRANSFORM);
        assertThat(back.events()).extracting(TrackingEvent::recordTime).isSorted();
    }

    @Test
    void lots_carry_their_lineage_and_how_many_lots_were_made_from_them() {
        assertThat(List.of("F1", "F2", "M1", "S1", "S2", "T1")).extracting(id -> lot(id).lineageId())
                .containsExactly("F1", "F2", "F1", "F1", "F1", "F1");
        assertThat(List.of("F1", "F2", "M1", "S1", "S2", "T1")).extracting(id -> lot(id).childLotCount())
                .containsExactly(1, 1, 2, null, 1, null);
    }

    @Test
    void trace_forward_returns_all_descendants() {
        assertThat(ids(trace(true, new TraceRequest("F2", null, null, null, false))))
                .containsExactly("F2", "M1", "S1", "S2", "T1");
    }

    @Test
    void depth_limit_truncates_and_the_frontier_continues_the_walk() {
        final TraceResult first = trace(true, new TraceRequest("F1", null, 1, null, false));
        assertThat(ids(first)).containsExactly("F1", "M1");
        assertThat(first.truncated()).isTrue();
        assertThat(first.frontier()).containsExactly("M1");

        final TraceResult next = trace(true, new TraceRequest(null, first.frontier(), null, null, false));
        assertThat(ids(next)).containsExactly("M1", "S1", "S2", "T1");
        assertThat(next.truncated()).isFalse();
    }

    @Test
    void lot_limit_truncates_with_unvisited_lots_as_frontier() {
        final TraceResult first = trace(true, new TraceRequest("F1", null, null, 3, false));
        assertThat(ids(first)).containsExactly("F1", "M1", "S1");
        assertThat(first.truncated()).isTrue();
        assertThat(first.frontier()).containsExactly("S2");
        final TraceResult next = trace(true, new TraceRequest(null, first.frontier(), null, 3, false));
        assertThat(ids(next)).containsExactly("S2", "T1");
    }

    @Test
    void trace_input_is_validated() {
        assertEvaluateRefused("LOT_NOT_FOUND", MARKET1, ctx -> contract.traceBack(ctx, "{\"lotId\":\"NOPE\"}"));
        assertEvaluateRefused("INVALID_FIELD", MARKET1, ctx -> contract.traceBack(ctx, "{}"));
        assertEvaluateRefused("INVALID_FIELD", MARKET1, ctx -> contract.traceBack(ctx,
                "{\"lotId\":\"T1\",\"maxLots\":10001}"));
        assertEvaluateRefused("MALFORMED_JSON", MARKET1, ctx -> contract.traceBack(ctx, "T1"));
    }

    @Test
    void lots_by_holder_product_status_and_registration_date_are_paged() {
        final ResultPage<Lot> page1 = evaluate(MARKET1, ctx -> contract.lotsByHolder(ctx, json(new LotQuery("ProcMSP",
                null, null, null, null, null, null, null, 2, null))), LOT_PAGE);
        assertThat(page1.items()).extracting(Lot::lotId).containsExactly("F1", "F2");
        final ResultPage<Lot> page2 = evaluate(MARKET1, ctx -> contract.lotsByHolder(ctx, json(new LotQuery("ProcMSP",
                null, null, null, null, null, null, null, 2, page1.bookmark()))), LOT_PAGE);
        assertThat(page2.items()).extracting(Lot::lotId).containsExactly("M1", "S1");

        assertThat(evaluate(MARKET1, ctx -> contract.lotsByStatus(ctx, json(new LotQuery(null, null,
                LotStatus.CONSUMED, null, null, null, null, null, null, null))), LOT_PAGE).items())
                .extracting(Lot::lotId).containsExactly("F1", "F2", "M1", "S2");
        assertThat(evaluate(MARKET1, ctx -> contract.lotsByProduct(ctx, json(new LotQuery(null, "06901234567892", null,
                null, null, null, null, null, null, null))), LOT_PAGE).items()).hasSize(6);

        final Instant f2Registered = lot("F2").registeredAt();
        final Instant m1Registered = lot("M1").registeredAt();
        assertThat(evaluate(MARKET1, ctx -> contract.lotsByRegistrationDate(ctx, json(new LotQuery(null, null, null,
                f2Registered, m1Registered.plusSeconds(1), null, null, null, null, null))), LOT_PAGE).items())
                .extracting(Lot::lotId).containsExactly("F2", "M1");
        final ResultPage<Lot> dates = evaluate(MARKET1, ctx -> contract.lotsByRegistrationDate(ctx, json(new LotQuery(
                null, null, null, null, null, null, null, null, 4, null))), LOT_PAGE);
        assertThat(dates.items()).extracting(Lot::lotId).containsExactly("F1", "F2", "M1", "S1");
        assertThat(evaluate(MARKET1, ctx -> contract.lotsByRegistrationDate(ctx, json(new LotQuery(null, null, null,
                null, null, null, null, null, 4, dates.bookmark()))), LOT_PAGE).items()).extracting(Lot::lotId)
                .containsExactly("S2", "T1");
        assertEvaluateRefused("INVALID_FIELD", MARKET1, ctx -> contract.lotsByHolder(ctx,
                "{\"holderMspId\":\"ProcMSP\",\"pageSize\":501}"));
    }

    @Test
    void history_lists_every_version_with_tx_id_and_time() {
        final List<LotVersion> history = evaluate(MARKET1, ctx -> contract.lotHistory(ctx, "F1"),
                new TypeReference<>() {});
        assertThat(history).extracting(v -> v.lot().status()).containsExactly(LotStatus.CONSUMED, LotStatus.ACTIVE,
                LotStatus.IN_TRANSIT, LotStatus.ACTIVE);
        assertThat(history.get(3).txId()).isEqualTo(lot("F1").registrationTxId());
        assertThat(history).extracting(LotVersion::timestamp).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void events_by_lot_are_in_time_order_and_paged() {
        final ResultPage<TrackingEvent> events = evaluate(MARKET1, ctx -> contract.eventsByLot(ctx, json(new LotQuery(
                null, null, null, null, null, "F1", null, null, 3, null))), new TypeReference<>() {});
        assertThat(events.items()).extracting(e -> e.body().kind()).containsExactly(EventKind.REGISTER,
                EventKind.SHIP, EventKind.RECEIVE);
        final List<EventKind> rest = new ArrayList<>();
        evaluate(MARKET1, ctx -> contract.eventsByLot(ctx, json(new LotQuery(null, null, null, null, null, "F1", null,
                null, 3, events.bookmark()))), new TypeReference<ResultPage<TrackingEvent>>() {}).items()
                .forEach(e -> rest.add(e.body().kind()));
        assertThat(rest).containsExactly(EventKind.TRANSFORM);
    }

    @Test
    void a_trace_code_resolves_through_its_lookup_key_and_belongs_to_one_lot() {
        final Lot f1 = lot("F1");
        assertThat(ledger.stateAsString("\u0000lot~trace\u0000" + f1.traceCode() + "\u0000")).hasValue("\"F1\"");

        // A lot whose code another lot already holds (a SHA-256 prefix collision, planted here) is refused.
        ledger.submit(FARM1, ctx -> {
            ctx.getStub().putState(FoodKeys.lotByTraceCode(TraceCodes.traceCode("X9")),
                    "\"F1\"".getBytes(StandardCharsets.UTF_8));
            return null;
        });
        assertRefused("LOT_ALREADY_EXISTS", FARM1, ctx -> contract.registerLot(ctx, json(new RegisterLotRequest("X9",
                CHOY_SUM_GTIN, "Choy sum", BigDecimal.ONE, "kg", null, null, null, null, CHOY_SUM_GTIN, null, null))));
    }

    @Test
    void trace_code_and_digital_link_identify_the_lot() {
        final Lot f1 = lot("F1");
        assertThat(f1.traceCode()).matches("TC[A-Z2-7]{20}");
        assertThat(f1.digitalLink()).isEqualTo("https://id.gs1.org/01/06901234567892/10/F1");
        assertThat(evaluate(MARKET1, ctx -> contract.getLotByTraceCode(ctx, f1.traceCode()), Lot.class).lotId())
                .isEqualTo("F1");
        assertEvaluateRefused("TRACE_CODE_NOT_FOUND", MARKET1, ctx -> contract.getLotByTraceCode(ctx, "TCXXXX"));
        final Lot other = submit(FARM1, ctx -> contract.registerLot(ctx, json(new RegisterLotRequest("G/1", "LOCAL-7",
                "Egg", BigDecimal.ONE, "box"))), Lot.class);
        assertThat(other.digitalLink()).isEqualTo("urn:tracechain:lot:LOCAL-7:G%2F1");
    }

    @Test
    void serials_resolve_to_their_lot_and_are_unique() {
        submit(PROCESSOR, ctx -> contract.registerSerials(ctx, json(new RegisterSerialsRequest("S1",
                List.of("SN-1", "SN-2")))));
        assertThat(lot("S1").serialCount()).isEqualTo(2);
        assertThat(evaluate(MARKET1, ctx -> contract.getSerial(ctx, "SN-2"), SerialItem.class).lotId()).isEqualTo("S1");
        assertRefused("SERIAL_ALREADY_EXISTS", PROCESSOR, ctx -> contract.registerSerials(ctx, json(
                new RegisterSerialsRequest("S1", List.of("SN-2")))));
        assertRefused("NOT_HOLDER", FARM1, ctx -> contract.registerSerials(ctx, json(new RegisterSerialsRequest("S1",
                List.of("SN-3")))));
        assertEvaluateRefused("SERIAL_NOT_FOUND", MARKET1, ctx -> contract.getSerial(ctx, "SN-9"));
    }
}
