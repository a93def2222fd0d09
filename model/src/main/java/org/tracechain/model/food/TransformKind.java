// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/**
 * How a transformation relates inputs to outputs. MERGE and SPLIT keep the product and unit, so the
 * outputs may not exceed what was consumed; PROCESS turns inputs into other products (no conservation);
 * INITIAL_PACK is a PROCESS whose inputs are harvested lots packed for the first time (FSMA 204 initial packing,
 * 21 CFR 1.1330), so every input must be a registered harvested lot.
 */
public enum TransformKind {
    PROCESS,
    MERGE,
    SPLIT,
    INITIAL_PACK
}
