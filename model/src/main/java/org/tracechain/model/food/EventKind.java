// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/** What a tracking event records (EPCIS event type plus the business meaning); README "EPCIS mapping". */
public enum EventKind {
    /** ObjectEvent ADD: a lot is commissioned (harvested, landed or otherwise entering the ledger). */
    REGISTER,
    /** ObjectEvent OBSERVE with a lab or rapid test result. */
    INSPECT,
    /** ObjectEvent OBSERVE, bizStep shipping. */
    SHIP,
    /** ObjectEvent OBSERVE, bizStep receiving. */
    RECEIVE,
    /** TransformationEvent: input lots consumed, output lots created. */
    TRANSFORM,
    /** AggregationEvent ADD: lots packed into a container or pallet. */
    AGGREGATE,
    /** AggregationEvent DELETE: lots unpacked from a container. */
    DISAGGREGATE,
    /** ObjectEvent with sensor readings (cold chain). */
    SENSOR,
    /** A threshold excursion found in a sensor report. */
    ALERT,
    /** ObjectEvent, bizStep retail_selling. */
    SELL,
    /** Error declaration: references the event it corrects; the original stays. */
    CORRECTION,
    /** A regulator recall batch (disposition recalled). */
    RECALL,
    /** A regulator hold. */
    HOLD,
    /** A regulator release of a hold. */
    RELEASE,
    /** ObjectEvent OBSERVE: a raw agricultural commodity cooled before initial packing (FSMA cooling). */
    COOL
}
