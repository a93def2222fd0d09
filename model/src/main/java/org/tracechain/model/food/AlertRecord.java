// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.time.Instant;
import java.util.List;

/**
 * A cold-chain alert: the excursions of one sensor report. Its id is the id of its ALERT event.
 *
 * @param alertId id of the ALERT tracking event
 * @param sensorEventId the SENSOR event with the excursions
 * @param lotIds affected lots
 * @param holderMspIds holders of those lots when the alert was raised (sorted, distinct)
 * @param excursions the readings outside the thresholds, with device and thresholds
 * @param raisedByMspId organisation that reported the readings
 * @param raisedAt transaction timestamp
 * @param txId transaction
 */
public record AlertRecord(String alertId, String sensorEventId, List<String> lotIds, List<String> holderMspIds,
        SensorData excursions, String raisedByMspId, Instant raisedAt, String txId) {
    public AlertRecord {
        lotIds = List.copyOf(lotIds);
        holderMspIds = List.copyOf(holderMspIds);
    }
}
