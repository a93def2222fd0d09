// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import org.tracechain.client.food.epcis.EpcisUris;
import org.tracechain.model.food.SensorData;
import org.tracechain.model.food.SensorReading;

/**
 * EPCIS 2.0 sensor elements. A SENSOR event reports what was observed: one {@code sensorReport} per reading
 * with the reading's own {@code time}, the observation period in {@code sensorMetadata}. An ALERT is the
 * excursion itself, not a copy of the readings: one report with {@code exception ALARM_CONDITION}, the extreme
 * values reached ({@code minValue}, {@code maxValue}) and the excursion's period in {@code sensorMetadata}.
 */
final class EpcisSensors {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EpcisSensors() {}

    static ArrayNode readings(final SensorData sensor) {
        final ObjectNode element = NODES.objectNode();
        metadata(element, sensor);
        final ArrayNode reports = element.putArray("sensorReport");
        final String type = EpcisVocabulary.measurementType(sensor.measurement());
        for (final SensorReading reading : sensor.readings()) {
            final ObjectNode report = reports.addObject().put("type", type).put("time", reading.time().toString())
                    .put("value", reading.value());
            EpcisVocabulary.unitCode(sensor.unit()).ifPresent(code -> report.put("uom", code));
        }
        thresholds(element, sensor);
        return NODES.arrayNode().add(element);
    }

    static ArrayNode excursion(final SensorData excursions) {
        final ObjectNode element = NODES.objectNode();
        metadata(element, excursions);
        final BigDecimal lowest = excursions.readings().stream().map(SensorReading::value).min(BigDecimal::compareTo)
                .orElseThrow();
        final BigDecimal highest = excursions.readings().stream().map(SensorReading::value).max(BigDecimal::compareTo)
                .orElseThrow();
        final ObjectNode report = element.putArray("sensorReport").addObject()
                .put("type", EpcisVocabulary.measurementType(excursions.measurement()))
                .put("exception", "ALARM_CONDITION").put("minValue", lowest).put("maxValue", highest);
        EpcisVocabulary.unitCode(excursions.unit()).ifPresent(code -> report.put("uom", code));
        report.put("tracechain:readingsOutside", excursions.readings().size());
        thresholds(element, excursions);
        return NODES.arrayNode().add(element);
    }

    private static void metadata(final ObjectNode element, final SensorData sensor) {
        final Instant start = sensor.readings().stream().map(SensorReading::time).min(Instant::compareTo).orElseThrow();
        final Instant end = sensor.readings().stream().map(SensorReading::time).max(Instant::compareTo).orElseThrow();
        element.putObject("sensorMetadata").put("deviceID", EpcisUris.device(sensor.deviceId()))
                .put("startTime", start.toString()).put("endTime", end.toString());
    }

    private static void thresholds(final ObjectNode element, final SensorData sensor) {
        final ObjectNode thresholds = element.putObject("tracechain:thresholds");
        if (sensor.minAllowed() != null) {
            thresholds.put("minAllowed", sensor.minAllowed());
        }
        if (sensor.maxAllowed() != null) {
            thresholds.put("maxAllowed", sensor.maxAllowed());
        }
        if (sensor.unit() != null) {
            thresholds.put("unit", sensor.unit());
        }
    }
}
