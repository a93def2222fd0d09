// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


/** Which side of a request or grant a department is on in a query. */
public enum PartySide {
    /** The department that owns the catalog entry and decides. */
    OWNER,
    /** The department that asked for the data and uses it. */
    REQUESTER
}
