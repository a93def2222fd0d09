// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hyperledger.fabric.contract.ContractRouter;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeServer;
import org.tracechain.chaincode.runtime.ChaincodeLogging;
import org.tracechain.chaincode.runtime.TransactionGate;
import org.tracechain.model.transaction.TransactionTable;

/**
 * The production call path for tests: Fabric's real {@link ContractRouter} (contracts found by classpath scan,
 * metadata built, arguments converted by the contract API's serializer) behind the {@link TransactionGate}, with
 * the chaincode's logging policy. One router per JVM serves both chaincodes; the gate qualifies every call with
 * its contract, so the two {@code @Default} contracts on the test classpath never get mixed up.
 */
public final class Routing {

    private static ContractRouter router;
    /** Held strongly: java.util.logging forgets the level of a collected logger. */
    private static final java.util.logging.Logger GATE_LOG =
            java.util.logging.Logger.getLogger(TransactionGate.class.getName());

    private Routing() {}

    /** The gate and router for the chaincode serving {@code table}. */
    public static synchronized Chaincode chaincode(final TransactionTable table) {
        if (router == null) {
            final ContractRouter created = new ContractRouter(new String[] {"--id", "tracechain-test:0"});
            ChaincodeLogging.apply();
            // Tens of thousands of refusals in the properties: their INFO lines would flood the build output.
            // ChaincodeLoggingTest turns them back on.
            GATE_LOG.setLevel(java.util.logging.Level.WARNING);
            try {
                created.startRouterWithChaincodeServer(new ChaincodeServer() {
                    @Override
                    public void start() {
                        // No network in unit tests: calls go straight to invoke().
                    }

                    @Override
                    public void stop() {
                        // nothing started
                    }
                });
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
            router = created;
        }
        return new TransactionGate(router, table);
    }

    /** UTF-8 bytes of a function name and its arguments. */
    public static List<byte[]> args(final String function, final String... parameters) {
        final List<byte[]> out = new ArrayList<>();
        out.add(function.getBytes(StandardCharsets.UTF_8));
        for (final String parameter : parameters) {
            out.add(parameter.getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }
}
