// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/** GS1 CBV 2.0 disposition values used on tracking events. */
public final class Disposition {
    public static final String ACTIVE = "active";
    public static final String IN_TRANSIT = "in_transit";
    /** CBV: the objects are being received (the disposition CBV pairs with the receiving step). */
    public static final String IN_PROGRESS = "in_progress";
    public static final String CONFORMANT = "conformant";
    public static final String NON_CONFORMANT = "non_conformant";
    public static final String RETAIL_SOLD = "retail_sold";
    public static final String RECALLED = "recalled";
    public static final String NON_SELLABLE_OTHER = "non_sellable_other";
    public static final String SELLABLE_ACCESSIBLE = "sellable_accessible";
    public static final String CONTAINER_CLOSED = "container_closed";
    public static final String UNKNOWN = "unknown";

    private Disposition() {}
}
