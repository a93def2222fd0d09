// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.testing;

/** One way to turn a valid call into a hostile one; each is always invalid for the call it is applied to. */
public enum Mutation {
    // ---- the call ----
    NO_ARGUMENTS,
    MISSING_ARGUMENT,
    EXTRA_ARGUMENTS,
    UNKNOWN_FUNCTION,
    INVALID_UTF8,
    UNEXPECTED_TRANSIENT,
    RANDOM_BYTES,
    // ---- the JSON argument (identifier arguments get identifier-level damage instead) ----
    DUPLICATE_KEY,
    LONE_SURROGATE,
    UNKNOWN_FIELD,
    MISSING_FIELD,
    WRONG_TYPE,
    OVERLONG_TEXT,
    OVERSIZED_ARGUMENT,
    DEEP_NESTING,
    TRUNCATED,
    TRAILING_GARBAGE,
    HUGE_NUMBER,
    // ---- the ledger and the caller ----
    UNKNOWN_ID,
    NO_ROLE
}
