// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.error;

/**
 * A stable, machine-readable reason a transaction was refused. Faults common to every chaincode are
 * {@link CommonError}s; each domain adds one enum of its own. The constant name is the wire code, unique across
 * all these enums, so renaming a constant is a breaking change.
 */
public interface ErrorCode {
    /** The wire code, e.g. {@code LOT_NOT_FOUND}. */
    String name();

    /** The domain the code belongs to: {@code common}, {@code foodtrace}, {@code govdir} or {@code api} (the HTTP server). */
    String domain();
}
