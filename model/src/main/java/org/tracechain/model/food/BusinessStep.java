// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/** GS1 CBV 2.0 business step values used on tracking events (bare names, as in EPCIS 2.0 JSON-LD). */
public final class BusinessStep {
    public static final String COMMISSIONING = "commissioning";
    public static final String INSPECTING = "inspecting";
    public static final String SHIPPING = "shipping";
    public static final String RECEIVING = "receiving";
    /** CBV has no "transforming" step; outputs of a TransformationEvent are commissioned. */
    public static final String TRANSFORMING = "commissioning";
    public static final String PACKING = "packing";
    public static final String UNPACKING = "unpacking";
    public static final String SENSOR_REPORTING = "sensor_reporting";
    public static final String RETAIL_SELLING = "retail_selling";
    public static final String HOLDING = "holding";
    public static final String OTHER = "other";

    private BusinessStep() {}
}
