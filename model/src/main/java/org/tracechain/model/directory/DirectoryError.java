// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;

import org.tracechain.model.error.ErrorCode;

/**
 * Why the govdir chaincode refused a transaction, beyond the faults every chaincode shares
 * ({@link org.tracechain.model.error.CommonError}). The constant name is the wire code.
 */
public enum DirectoryError implements ErrorCode {
    // ---- departments and duties ----
    DEPARTMENT_ALREADY_EXISTS,
    DEPARTMENT_NOT_FOUND,
    DUTY_ALREADY_EXISTS,
    DUTY_NOT_FOUND,
    /** A catalog entry cites a duty of another department. */
    DUTY_NOT_OWNED,
    // ---- catalog entries ----
    ENTRY_ALREADY_EXISTS,
    ENTRY_NOT_FOUND,
    /** A catalog entry must serve at least one duty. */
    DUTY_REQUIRED,
    /** A catalog entry must describe at least one data item. */
    ITEMS_REQUIRED,
    /** Conditional sharing needs the conditions stated. */
    CONDITIONS_REQUIRED,
    /** Not-shared entries (and conditional requests) need a legal basis. */
    LEGAL_BASIS_REQUIRED,
    /** The revision changes nothing. */
    ENTRY_UNCHANGED,
    /** The caller expected another latest version (lost update). */
    VERSION_CONFLICT,
    VERSION_LIMIT_REACHED,
    ENTRY_ALREADY_PUBLISHED,
    ENTRY_NOT_PUBLISHED,
    ENTRY_RETIRED,
    // ---- sharing requests ----
    REQUEST_ALREADY_EXISTS,
    REQUEST_NOT_FOUND,
    REQUEST_NOT_PENDING,
    /** A department cannot request its own entry. */
    REQUEST_OWN_ENTRY,
    ITEM_NOT_IN_ENTRY,
    REASON_REQUIRED,
    INVALID_VALIDITY,
    // ---- grants and access ----
    GRANT_NOT_FOUND,
    GRANT_REVOKED,
    GRANT_EXPIRED,
    GRANT_NOT_YET_VALID,
    ITEM_NOT_GRANTED,
    ACCESS_LOG_NOT_FOUND;

    @Override
    public String domain() {
        return "govdir";
    }
}
