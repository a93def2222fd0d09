// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.math.BigDecimal;
import java.util.List;

/**
 * The what of a SENSOR event (EPCIS sensorElement) or of its ALERT (then only the excursions).
 *
 * @param deviceId sensor or logger id
 * @param measurement measured quantity, e.g. {@code temperature}
 * @param unit unit, e.g. {@code Cel}
 * @param minAllowed lower threshold, optional
 * @param maxAllowed upper threshold, optional
 * @param readings the readings (for an ALERT: the excursions only)
 * @param excursionCount readings outside the thresholds
 */
public record SensorData(String deviceId, String measurement, String unit, BigDecimal minAllowed,
        BigDecimal maxAllowed, List<SensorReading> readings, int excursionCount) {
    public SensorData {
        readings = List.copyOf(readings);
    }
}
