// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracechain.model.food.AlertRecord;
import org.tracechain.model.food.ColdChainAlertNotice;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.LotQuery;
import org.tracechain.model.food.ResultPage;
import org.tracechain.model.food.SensorReading;
import org.tracechain.model.food.SensorReadingsRequest;
import org.tracechain.model.food.SensorReportResult;
import org.tracechain.model.json.LedgerJson;

class ColdChainTest extends FoodFixture {

    @BeforeEach
    void setUp() {
        configure();
        registerLot(FARM1, "L1", "100");
        ship(FARM1, "L1", "CarrierMSP");
    }

    static SensorReadingsRequest readings(final List<String> lots, final String... values) {
        final List<SensorReading> list = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            list.add(new SensorReading(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * i),
                    new BigDecimal(values[i])));
        }
        return new SensorReadingsRequest(lots, "LOGGER-7", null, "Cel", new BigDecimal("0"), new BigDecimal("4"),
                list, site("CarrierMSP"), null);
    }

    @Test
    void readings_within_thresholds_record_a_sensor_event_only() {
        final SensorReportResult result = submit(CARRIER, ctx -> contract.recordSensorReadings(ctx, json(readings(
                List.of("L1"), "2.5", "3.1"))), SensorReportResult.class);

        assertThat(result.alert()).isNull();
        assertThat(result.sensorEvent().body().sensor().excursionCount()).isZero();
        assertThat(ledger.events().get(ledger.events().size() - 1).name()).isEqualTo("EventRecorded");
    }

    @Test
    void an_excursion_raises_an_alert_record_event_and_chaincode_event() {
        final SensorReportResult result = submit(CARRIER, ctx -> contract.recordSensorReadings(ctx, json(readings(
                List.of("L1"), "2.5", "7.8", "3.0", "-1.5"))), SensorReportResult.class);

        final AlertRecord alert = result.alert();
        assertThat(alert.excursions().readings()).extracting(SensorReading::value)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("7.8"),
                        new BigDecimal("-1.5"));
        assertThat(alert.holderMspIds()).containsExactly("Farm1MSP");
        final var event = ledger.events().get(ledger.events().size() - 1);
        assertThat(event.name()).isEqualTo("ColdChainAlert");
        final ColdChainAlertNotice notice = LedgerJson.fromBytes(event.payload(), ColdChainAlertNotice.class);
        assertThat(notice.alertId()).isEqualTo(alert.alertId());
        assertThat(notice.highest()).isEqualByComparingTo("7.8");
        assertThat(notice.lowest()).isEqualByComparingTo("-1.5");

        final ResultPage<AlertRecord> alerts = evaluate(MARKET1, ctx -> contract.alertsByLot(ctx, json(new LotQuery(
                null, null, null, null, null, "L1", null, null, null, null))), new TypeReference<>() {});
        assertThat(alerts.items()).containsExactly(alert);
        final var alertEvent = LedgerJsonAccess.event(ledger.stateAsString(FoodKeys.event(alert.alertId())).orElseThrow());
        assertThat(alertEvent.body().kind()).isEqualTo(EventKind.ALERT);
        assertThat(alertEvent.body().relatedEventId()).isEqualTo(result.sensorEvent().eventId());
    }

    @Test
    void only_logistics_with_custody_or_receiving_reports() {
        assertRefused("ACCESS_DENIED", FARM1, ctx -> contract.recordSensorReadings(ctx, json(readings(List.of("L1"),
                "1")))); 
        final var otherCarrier = org.tracechain.chaincode.testing.TestIdentities.client("Carrier2MSP", "d2",
                org.tracechain.model.identity.Role.LOGISTICS);
        assertRefused("NOT_HOLDER", otherCarrier, ctx -> contract.recordSensorReadings(ctx, json(readings(List.of("L1"),
                "1"))));
    }

    @Test
    void sensor_input_is_validated() {
        assertRefused("INVALID_FIELD", CARRIER, ctx -> contract.recordSensorReadings(ctx, json(new SensorReadingsRequest(
                List.of("L1"), "D", null, "Cel", null, null, List.of(new SensorReading(Instant.parse(
                        "2026-01-01T00:00:00Z"), BigDecimal.ONE)), null, null))));
        assertRefused("INVALID_FIELD", CARRIER, ctx -> contract.recordSensorReadings(ctx, json(readings(List.of("L1")))));
        final String[] many = new String[1001];
        java.util.Arrays.fill(many, "1");
        assertRefused("TOO_MANY_VALUES", CARRIER, ctx -> contract.recordSensorReadings(ctx, json(readings(List.of("L1"),
                many))));
        assertRefused("LOT_NOT_FOUND", CARRIER, ctx -> contract.recordSensorReadings(ctx, json(readings(List.of("X"),
                "1"))));
    }
}
