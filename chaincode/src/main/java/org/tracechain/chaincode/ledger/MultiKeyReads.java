// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.ledger;

import java.util.List;

/**
 * A stub that reads many keys in one exchange with the peer ({@code GET_STATE_MULTIPLE}, Fabric 3.1), which
 * Fabric's {@code ChaincodeStub} interface does not declare yet. {@link LedgerState#getAll} uses it when the stub
 * offers it and reads key by key otherwise.
 */
public interface MultiKeyReads {

    /** The committed values of {@code keys}, in order; an absent key's value is {@code null} or empty. */
    List<byte[]> getStates(List<String> keys);
}
