// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.math.BigDecimal;
import java.util.List;

/**
 * Payload of the {@code ColdChainAlert} chaincode event.
 *
 * @param alertId the alert (and its ALERT event id)
 * @param sensorEventId the SENSOR event
 * @param lotIds affected lots
 * @param holderMspIds their holders
 * @param deviceId sensor
 * @param excursionCount readings outside the thresholds
 * @param lowest lowest excursion value
 * @param highest highest excursion value
 */
public record ColdChainAlertNotice(String alertId, String sensorEventId, List<String> lotIds,
        List<String> holderMspIds, String deviceId, int excursionCount, BigDecimal lowest, BigDecimal highest) {
    public ColdChainAlertNotice {
        lotIds = List.copyOf(lotIds);
        holderMspIds = List.copyOf(holderMspIds);
    }
}
