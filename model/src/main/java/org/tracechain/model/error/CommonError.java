// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.error;

/**
 * Faults every tracechain chaincode reports the same way, whatever the transaction. Domain-specific reasons
 * live in {@code FoodError} and {@code DirectoryError}; no wire code appears in more than one of these enums.
 * The README section "Error codes" documents each code, the transactions that use it and whether retrying can
 * help.
 */
public enum CommonError implements ErrorCode {
    // ---- the call itself (checked before any state is read) ----
    /** The call does not carry the transaction's number of arguments (none at all included), or carries transient
     *  entries the transaction does not take. */
    WRONG_ARGUMENTS,
    /** No transaction of that name (or contract namespace) exists in this chaincode. */
    UNKNOWN_TRANSACTION,
    /** An argument's bytes are not UTF-8, or a JSON string or key holds an unpaired surrogate escape. */
    INVALID_ENCODING,
    // ---- the JSON argument ----
    /** The argument is not the JSON the transaction expects: syntax, duplicate keys, trailing tokens, excessive
     *  nesting, unknown fields, wrong JSON types, values the field's type cannot hold. */
    MALFORMED_JSON,
    /** The whole argument (or transient value) is larger than the transaction accepts. */
    INPUT_TOO_LARGE,
    // ---- fields ----
    /** A field is missing, blank, out of range or not in its format (identifier alphabet, hash, date order). */
    INVALID_FIELD,
    /** A text or identifier is longer than its documented maximum. */
    FIELD_TOO_LONG,
    /** A list has more values than its documented maximum. */
    TOO_MANY_VALUES,
    /** A list names the same value twice. */
    DUPLICATE_VALUE,
    // ---- who may call ----
    /** The caller lacks the role, organisation or admin status the transaction needs. */
    ACCESS_DENIED,
    /** The peers do not accept the caller's certificate for its organisation (issued by a CA the organisation's MSP
     *  does not trust, expired or revoked), so no chaincode runs. Reported by the client SDK from the peer's refusal;
     *  no chaincode sends it. */
    UNKNOWN_IDENTITY,
    /** The chaincode's channel configuration ({@code Configure}) has not been set, or lacks what is needed. */
    NOT_CONFIGURED,
    /** An MSP id is not one of the channel's member organisations named in the configuration. */
    UNKNOWN_ORGANIZATION;

    @Override
    public String domain() {
        return "common";
    }
}
