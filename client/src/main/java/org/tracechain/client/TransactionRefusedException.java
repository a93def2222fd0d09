// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.util.List;

/**
 * Endorsement failed: the chaincode refused the transaction (its message carries a tracechain error code such as
 * {@code [LOT_NOT_FOUND] lot L1 does not exist}), or the peers refused the proposal for another reason (access
 * control, endorsement policy not satisfiable, chaincode error without a code). Nothing was written to the ledger.
 *
 * <pre>{@code
 * } catch (TransactionRefusedException e) {
 *     e.code();              // Optional[LOT_NOT_FOUND]
 *     e.chaincodeMessage();  // "lot L1 does not exist"
 * }
 * }</pre>
 */
public class TransactionRefusedException extends LedgerException {

    private static final long serialVersionUID = 1L;

    private final String chaincodeMessage;
    private final List<String> details;

    TransactionRefusedException(final String message, final String transactionId, final String code,
            final String chaincodeMessage, final List<String> details, final Throwable cause) {
        super(message, transactionId, code, cause);
        this.chaincodeMessage = chaincodeMessage;
        this.details = List.copyOf(details);
    }

    /**
     * The refusal as the chaincode (or peer) worded it, without the code prefix and without the peer's
     * {@code chaincode response 400, } wrapping.
     */
    public String chaincodeMessage() {
        return chaincodeMessage;
    }

    /** The per-peer error details from the gateway, as {@code mspId@address: message}. */
    public List<String> details() {
        return details;
    }
}
