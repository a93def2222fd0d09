// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.food.AlertRecord;
import org.tracechain.model.food.BusinessStep;
import org.tracechain.model.food.ColdChainAlertNotice;
import org.tracechain.model.food.Disposition;
import org.tracechain.model.food.EventBody;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.FoodChaincodeEvents;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.SensorData;
import org.tracechain.model.food.SensorReading;
import org.tracechain.model.food.SensorReadingsRequest;
import org.tracechain.model.food.SensorReportResult;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.identity.Role;

/**
 * Cold-chain sensor reports (冷链). Every report is a SENSOR event; readings outside the thresholds
 * additionally produce an ALERT event, an {@link AlertRecord} indexed per lot, and the
 * {@code ColdChainAlert} chaincode event.
 */
final class ColdChainService {

    private final FoodTx tx;

    ColdChainService(final FoodTx tx) {
        this.tx = tx;
    }

    SensorReportResult record(final SensorReadingsRequest request) {
        tx.access.requireAnyRole("recording sensor readings", Role.LOGISTICS);
        final List<String> lotIds = FoodInput.ids("lotIds", request.lotIds(), FoodInput.LOTS_PER_EVENT_MAX, true);
        final String deviceId = FoodInput.text("deviceId", request.deviceId(), FoodInput.NAME_MAX);
        final String measurement = request.measurement() == null ? "temperature"
                : FoodInput.text("measurement", request.measurement(), FoodInput.NAME_MAX);
        final String unit = FoodInput.id("unit", request.unit());
        final BigDecimal min = FoodInput.optionalDecimal("minAllowed", request.minAllowed());
        final BigDecimal max = FoodInput.optionalDecimal("maxAllowed", request.maxAllowed());
        if (min == null && max == null) {
            throw Refusal.of(CommonError.INVALID_FIELD, "minAllowed or maxAllowed is required");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw Refusal.of(CommonError.INVALID_FIELD, "minAllowed %s is above maxAllowed %s", min.toPlainString(),
                    max.toPlainString());
        }
        final List<SensorReading> readings = readings(FoodInput.nonEmptyList("readings", request.readings(),
                FoodInput.READINGS_MAX));
        final Instant observed = observedAt(request.eventTime() == null ? null
                : FoodInput.eventTime(request.eventTime(), tx.now()), readings);
        // The lots' records and the caller's primary site in one exchange with the peer, not one per lot.
        tx.prefetchSiteAndLots(request.site(), lotIds);
        final String site = tx.sites.resolve("site", request.site(), tx.caller.mspId());
        final TreeSet<String> holders = new TreeSet<>();
        for (final String lotId : lotIds) {
            final Lot lot = tx.lots.require("lotIds", lotId);
            final String msp = tx.caller.mspId();
            if (!msp.equals(lot.holderMspId()) && !msp.equals(lot.shippedToMspId())) {
                throw Refusal.of(FoodError.NOT_HOLDER, "lot %s is neither held by nor shipped to %s", lotId, msp);
            }
            holders.add(lot.holderMspId());
        }
        final List<SensorReading> excursions = readings.stream()
                .filter(r -> (min != null && r.value().compareTo(min) < 0) || (max != null && r.value().compareTo(max) > 0))
                .toList();

        final TrackingEvent sensorEvent = tx.events.record(EventBody.of(EventKind.SENSOR,
                BusinessStep.SENSOR_REPORTING, null, tx.caller.mspId(), tx.caller.id(), observed, site, lotIds,
                List.of(), null).withSensor(new SensorData(deviceId, measurement, unit, min, max, readings,
                        excursions.size())));
        if (excursions.isEmpty()) {
            tx.events.announce(sensorEvent);
            return new SensorReportResult(sensorEvent, null);
        }
        final SensorData excursionData = new SensorData(deviceId, measurement, unit, min, max, excursions,
                excursions.size());
        // The alert is the excursion: it happened when the first reading outside the thresholds was taken.
        final Instant excursionStart = excursions.stream().map(SensorReading::time).min(Instant::compareTo).orElseThrow();
        final TrackingEvent alertEvent = tx.events.record(EventBody.of(EventKind.ALERT, BusinessStep.SENSOR_REPORTING,
                Disposition.NON_CONFORMANT, tx.caller.mspId(), tx.caller.id(), excursionStart, site, lotIds, List.of(),
                null).withReason(excursions.size() + " " + measurement + " reading(s) outside the thresholds",
                        sensorEvent.eventId(), null).withSensor(excursionData));
        final AlertRecord alert = new AlertRecord(alertEvent.eventId(), sensorEvent.eventId(), lotIds,
                List.copyOf(holders), excursionData, tx.caller.mspId(), tx.now(), tx.txId());
        tx.state.put(FoodKeys.alert(alert.alertId()), alert);
        for (final String lotId : lotIds) {
            tx.state.index(FoodKeys.LOT_ALERTS, lotId, alert.alertId());
        }
        final BigDecimal lowest = excursions.stream().map(SensorReading::value).min(BigDecimal::compareTo).orElseThrow();
        final BigDecimal highest = excursions.stream().map(SensorReading::value).max(BigDecimal::compareTo).orElseThrow();
        tx.state.event(FoodChaincodeEvents.COLD_CHAIN_ALERT, new ColdChainAlertNotice(alert.alertId(),
                sensorEvent.eventId(), lotIds, alert.holderMspIds(), deviceId, excursions.size(), lowest, highest));
        return new SensorReportResult(sensorEvent, alert);
    }

    /**
     * When the readings were observed: the declared {@code eventTime}, which may not precede the last reading,
     * else the time of the last reading (never the submission time).
     */
    private static Instant observedAt(final Instant declared, final List<SensorReading> readings) {
        final Instant last = readings.stream().map(SensorReading::time).max(Instant::compareTo).orElseThrow();
        if (declared == null) {
            return last;
        }
        if (declared.isBefore(last)) {
            throw Refusal.of(CommonError.INVALID_FIELD, "eventTime %s is before the last reading (%s)", declared, last);
        }
        return declared;
    }

    private List<SensorReading> readings(final List<SensorReading> raw) {
        final List<SensorReading> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            final SensorReading reading = raw.get(i);
            FoodInput.required("readings[" + i + "].time", reading.time());
            out.add(new SensorReading(FoodInput.eventTime(reading.time(), tx.now()),
                    FoodInput.decimal("readings[" + i + "].value", reading.value())));
        }
        return out;
    }
}
