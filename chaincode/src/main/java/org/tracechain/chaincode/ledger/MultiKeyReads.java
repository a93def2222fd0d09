// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.ledger;

import java.util.ArrayList;
import java.util.List;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * A stub that reads many keys in one exchange with the peer ({@code GET_STATE_MULTIPLE}, Fabric 3.1), which
 * Fabric's {@code ChaincodeStub} interface does not declare yet. {@link LedgerState#getAll} uses it when the stub
 * offers it and reads key by key otherwise.
 */
public interface MultiKeyReads {

    /** The committed values of {@code keys}, in order; an absent key's value is {@code null} or empty. */
    List<byte[]> getStates(List<String> keys);

    /** The values of {@code keys} from {@code stub}: in one exchange if it offers one, else one read per key. */
    static List<byte[]> read(final ChaincodeStub stub, final List<String> keys) {
        if (stub instanceof MultiKeyReads multi) {
            return multi.getStates(keys);
        }
        final List<byte[]> values = new ArrayList<>(keys.size());
        keys.forEach(key -> values.add(stub.getState(key)));
        return values;
    }
}
