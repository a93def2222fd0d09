// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.error;

/**
 * A stable, machine-readable reason a transaction was refused. Each domain has one enum of these;
 * the constant name is the wire code, so renaming a constant is a breaking change.
 */
public interface ErrorCode {
    /** The wire code, e.g. {@code LOT_NOT_FOUND}. */
    String name();

    /** The domain the code belongs to, e.g. {@code foodtrace}. */
    String domain();
}
