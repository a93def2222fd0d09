// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/**
 * GS1 CBV 2.0 business step values used on tracking events (bare names, as in EPCIS 2.0 JSON-LD), and the one
 * step CBV lacks, as a URI in tracechain's namespace.
 */
public final class BusinessStep {
    /** Commissioning of instance-level identifiers (kept for events recorded before class-level steps). */
    public static final String COMMISSIONING = "commissioning";
    /** A class-level identifier (the lot's LGTIN or URN) gets a new quantity: registration and transformation. */
    public static final String CREATING_CLASS_INSTANCE = "creating_class_instance";
    public static final String INSPECTING = "inspecting";
    public static final String SHIPPING = "shipping";
    public static final String RECEIVING = "receiving";
    /** CBV has no "transforming" step; the outputs of a TransformationEvent are new class instances. */
    public static final String TRANSFORMING = CREATING_CLASS_INSTANCE;
    public static final String PACKING = "packing";
    public static final String UNPACKING = "unpacking";
    public static final String SENSOR_REPORTING = "sensor_reporting";
    public static final String RETAIL_SELLING = "retail_selling";
    public static final String HOLDING = "holding";
    public static final String OTHER = "other";
    /** FSMA 204 cooling before initial packing: CBV 2.0 has no such step, so it is a tracechain URI. */
    public static final String COOLING = "https://tracechain.org/epcis/BizStep-cooling";

    private BusinessStep() {}
}
