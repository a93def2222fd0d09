// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench.ceiling;

import static org.tracechain.model.transaction.Parameter.identifier;
import static org.tracechain.model.transaction.TransactionSignature.evaluate;
import static org.tracechain.model.transaction.TransactionSignature.submit;

import java.util.List;
import org.tracechain.model.transaction.TransactionTable;

/** Transaction names of the ceiling chaincode and their signatures ({@link #TABLE}), for the contract and the bench. */
public final class CeilingTransaction {

    /** The contract namespace and chaincode name. */
    public static final String CONTRACT = "ceiling";
    /** Writes one key: the least work a committed Fabric transaction can do. */
    public static final String PUT = "Put";
    /** Reads one key. */
    public static final String GET = "Get";

    /** Every transaction of the ceiling contract; the gate refuses any other call before the ledger is read. */
    public static final TransactionTable TABLE = new TransactionTable(CONTRACT, List.of(
            submit(PUT, identifier("key"), identifier("value")),
            evaluate(GET, identifier("key"))));

    private CeilingTransaction() {}
}
