// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.util.List;

/**
 * Result of {@code GetEvent}: the event and the CORRECTION events that reference it.
 *
 * @param event the stored event
 * @param correctedBy ids of correction events (in id order; each carries its own record time)
 */
public record EventDetails(TrackingEvent event, List<String> correctedBy) {
    public EventDetails {
        correctedBy = List.copyOf(correctedBy);
    }
}
