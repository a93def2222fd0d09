// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;

import org.tracechain.model.error.ErrorCode;

/** Why the govdir chaincode refused a transaction. The constant name is the wire code. */
public enum DirectoryError implements ErrorCode {
    MALFORMED_INPUT,
    INVALID_FIELD,
    ACCESS_DENIED,
    UNKNOWN_TRANSACTION,
    DEPARTMENT_ALREADY_EXISTS,
    DEPARTMENT_NOT_FOUND;

    @Override
    public String domain() {
        return "govdir";
    }
}
