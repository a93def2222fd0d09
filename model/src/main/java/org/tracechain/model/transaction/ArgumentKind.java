// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.transaction;

/** What one positional argument of a transaction carries. */
public enum ArgumentKind {
    /** A JSON object decoded strictly into the parameter's request type. */
    JSON,
    /** A plain identifier (lot id, request id, hash ...), not JSON. */
    IDENTIFIER
}
