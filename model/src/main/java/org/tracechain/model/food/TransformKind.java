// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/**
 * How a transformation relates inputs to outputs. MERGE and SPLIT keep the product and unit, so the
 * outputs may not exceed what was consumed; PROCESS turns inputs into other products (no conservation).
 */
public enum TransformKind {
    PROCESS,
    MERGE,
    SPLIT
}
