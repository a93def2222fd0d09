// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/**
 * How a registered lot came into being, which decides the FSMA 204 critical tracking event its registration is.
 * Lots made by a transformation have no origin event of their own.
 */
public enum OriginEvent {
    /** Harvested on a farm (21 CFR 1.1325): harvest date, field and farm are key data elements. */
    HARVESTING,
    /** Landed from a fishing vessel and received on land for the first time (21 CFR 1.1335). */
    FIRST_LAND_BASED_RECEIVING,
    /** Commissioned without a FSMA origin event (e.g. imported goods entering the ledger). */
    OTHER
}
