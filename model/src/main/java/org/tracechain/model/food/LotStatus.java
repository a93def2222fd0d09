// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/** Lifecycle state of a lot. */
public enum LotStatus {
    /** Held by an organisation and usable. */
    ACTIVE,
    /** Shipped; waiting for the named receiving organisation. */
    IN_TRANSIT,
    /** Fully transformed or sold; quantity is zero. */
    CONSUMED,
    /** Recalled by a regulator (also every downstream lot); terminal. */
    RECALLED,
    /** Held by a regulator until released. */
    ON_HOLD
}
