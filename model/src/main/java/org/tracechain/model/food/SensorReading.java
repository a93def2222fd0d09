// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One sensor measurement.
 *
 * @param time when it was measured
 * @param value the measured value
 */
public record SensorReading(Instant time, BigDecimal value) {}
