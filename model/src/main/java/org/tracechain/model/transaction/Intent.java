// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.transaction;

/** Whether a transaction is meant to be submitted (endorsed, ordered, committed) or only evaluated. */
public enum Intent {
    /** Writes the ledger: submit it. */
    SUBMIT,
    /** Reads only: evaluate it (submitting it would commit a transaction that changes nothing). */
    EVALUATE
}
