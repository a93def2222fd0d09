// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/**
 * Result of {@code RecordSensorReadings}.
 *
 * @param sensorEvent the SENSOR event
 * @param alert the alert raised by excursions, absent when every reading was within the thresholds
 */
public record SensorReportResult(TrackingEvent sensorEvent, AlertRecord alert) {}
