// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Input of {@code RecordSensorReadings}: logistics reports cold-chain readings for lots it holds or is
 * receiving. Any reading outside [minAllowed, maxAllowed] raises an ALERT.
 *
 * @param lotIds lots the readings apply to (1-200)
 * @param deviceId sensor or logger id
 * @param measurement measured quantity, optional (default {@code temperature})
 * @param unit unit, e.g. {@code Cel}
 * @param minAllowed lower threshold, optional
 * @param maxAllowed upper threshold, optional (at least one threshold is required)
 * @param readings readings (1-1000)
 * @param site where, optional
 * @param eventTime when the report was made, optional
 */
public record SensorReadingsRequest(List<String> lotIds, String deviceId, String measurement, String unit,
        BigDecimal minAllowed, BigDecimal maxAllowed, List<SensorReading> readings, String site, Instant eventTime) {}
