// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


/** Life cycle of a sharing request: SUBMITTED → APPROVED | REFUSED | WITHDRAWN. */
public enum RequestState {
    SUBMITTED,
    APPROVED,
    REFUSED,
    WITHDRAWN
}
