// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracechain.model.food.BusinessStep;
import org.tracechain.model.food.CoolRequest;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotOrigin;
import org.tracechain.model.food.LotQuantity;
import org.tracechain.model.food.OriginEvent;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.food.TransformKind;
import org.tracechain.model.food.TransformOutput;
import org.tracechain.model.food.TransformRequest;

/** FSMA 204 critical tracking events the ledger records: cooling, initial packing, first land-based receiving. */
class CriticalTrackingEventsTest extends FoodFixture {

    @BeforeEach
    void setUp() {
        configure();
        registerLot(FARM1, "H1", "100");
    }

    private static CoolRequest cool(final String lotId) {
        return new CoolRequest(lotId, null, Instant.parse("2026-01-01T00:00:20Z"), null, null, "forced air");
    }

    @Test
    void the_holder_cools_a_harvested_lot_at_its_site() {
        final TrackingEvent cooled = submit(FARM1, ctx -> contract.cool(ctx, json(cool("H1"))), TrackingEvent.class);
        assertThat(cooled.body().kind()).isEqualTo(EventKind.COOL);
        assertThat(cooled.body().bizStep()).isEqualTo(BusinessStep.COOLING);
        assertThat(cooled.body().site()).isEqualTo(site("Farm1MSP"));
        assertThat(cooled.body().quantity()).isEqualByComparingTo("100");
        assertRefused("NOT_HOLDER", FARM2, ctx -> contract.cool(ctx, json(cool("H1"))));
        assertRefused("ACCESS_DENIED", MARKET1, ctx -> contract.cool(ctx, json(cool("H1"))));
    }

    @Test
    void cooling_and_initial_packing_apply_to_harvested_lots_only() {
        deliver(FARM1, "H1", PROCESSOR);
        split(PROCESSOR, "H1", "50", List.of("S1"), "50");
        assertRefused("LOT_NOT_HARVESTED", PROCESSOR, ctx -> contract.cool(ctx, json(cool("S1"))));
        assertRefused("LOT_NOT_HARVESTED", PROCESSOR, ctx -> contract.transform(ctx, json(pack("S1", "P1"))));
        final TrackingEvent packed = submit(PROCESSOR, ctx -> contract.transform(ctx, json(pack("H1", "P2"))),
                TrackingEvent.class);
        assertThat(packed.body().transformation().kind()).isEqualTo(TransformKind.INITIAL_PACK);
        final Lot p2 = lot("P2");
        assertThat(p2.unit()).as("packing changes the unit: no conservation").isEqualTo("CS");
        assertThat(p2.origin().site()).as("the TLC source is where it was packed").isEqualTo(site("ProcMSP"));
        assertThat(p2.digitalLink()).isEqualTo("https://id.gs1.org/01/16901234567899/10/P2");
    }

    private static TransformRequest pack(final String input, final String output) {
        return new TransformRequest(TransformKind.INITIAL_PACK, List.of(new LotQuantity(input, new BigDecimal("50"),
                null)), List.of(new TransformOutput(output, "CS-5", "Choy sum 5 kg case", null, BigDecimal.TEN, "CS",
                        "16901234567899")), null, null, null, null);
    }

    @Test
    void a_landed_catch_records_the_trip_and_nothing_of_a_harvest() {
        final LotOrigin trip = new LotOrigin("FV Yue Yu 88", null, "440500", null,
                OriginEvent.FIRST_LAND_BASED_RECEIVING, null, LocalDate.parse("2025-12-28"),
                LocalDate.parse("2025-12-31"), List.of("FAO-61"));
        final Lot landed = submit(FARM1, ctx -> contract.registerLot(ctx, json(new RegisterLotRequest("FISH-1",
                "POMFRET", "Silver pomfret", new BigDecimal("800"), "kg", "finfish", trip, null, null))), Lot.class);
        assertThat(landed.origin().event()).isEqualTo(OriginEvent.FIRST_LAND_BASED_RECEIVING);
        assertThat(landed.origin().catchAreas()).containsExactly("FAO-61");
        assertRefused("INVALID_FIELD", FARM1, ctx -> contract.registerLot(ctx, json(new RegisterLotRequest("FISH-2",
                "POMFRET", "Silver pomfret", BigDecimal.ONE, "kg", null, new LotOrigin(null, null, null, null,
                        OriginEvent.FIRST_LAND_BASED_RECEIVING, null, null, null, null), null, null))));
        assertRefused("INVALID_FIELD", FARM1, ctx -> contract.registerLot(ctx, json(new RegisterLotRequest("FISH-3",
                "POMFRET", "Silver pomfret", BigDecimal.ONE, "kg", null, new LotOrigin(null, null, null, null,
                        OriginEvent.HARVESTING, null, null, null, List.of("FAO-61")), null, null))));
        assertRefused("INVALID_FIELD", FARM1, ctx -> contract.registerLot(ctx, json(new RegisterLotRequest("FISH-4",
                "POMFRET", "Silver pomfret", BigDecimal.ONE, "kg", null, new LotOrigin(null, null, null, null,
                        OriginEvent.FIRST_LAND_BASED_RECEIVING, null, LocalDate.parse("2025-12-31"),
                        LocalDate.parse("2025-12-28"), List.of("FAO-61")), null, null))));
        assertRefused("LOT_NOT_HARVESTED", FARM1, ctx -> contract.cool(ctx, json(cool("FISH-1"))));
    }

    @Test
    void a_sensor_report_cannot_claim_an_observation_time_before_its_last_reading() {
        ship(FARM1, "H1", "CarrierMSP");
        assertRefused("INVALID_FIELD", CARRIER, ctx -> contract.recordSensorReadings(ctx, "{\"lotIds\":[\"H1\"],"
                + "\"deviceId\":\"D\",\"unit\":\"Cel\",\"maxAllowed\":5,\"eventTime\":\"2026-01-01T00:00:01Z\","
                + "\"readings\":[{\"time\":\"2026-01-01T00:00:02Z\",\"value\":3}]}"));
    }
}
