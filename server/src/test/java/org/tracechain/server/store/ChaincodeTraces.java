// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.nio.file.Path;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerException;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.client.testing.FakeGateway;
import org.tracechain.client.testing.InMemoryFoodChaincode;
import org.tracechain.client.testing.TestCredentials;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.json.LedgerJson;

/**
 * The chaincode's answer to compare the store's with: the SDK's paged trace ({@code traceBackAll} /
 * {@code traceForwardAll}, what {@code GET /lots/{lotId}/trace} returned before the store answered it) over the fake
 * gateway, evaluated by the real foodtrace chaincode on an in-memory ledger.
 */
final class ChaincodeTraces implements AutoCloseable {

    private final FakeGateway gateway;
    private final LedgerClient client;
    private final FoodTrace food;

    ChaincodeTraces(final InMemoryLedger ledger, final TestIdentity caller, final Path home) throws Exception {
        gateway = FakeGateway.start();
        new InMemoryFoodChaincode(ledger, caller).attach(gateway);
        client = LedgerClient.newBuilder()
                .identity(TestCredentials.identity(home, "producer", "tracer", caller.mspId(), "tracer"))
                .connection(gateway.channel()).connect();
        food = FoodTrace.of(client);
    }

    /** The chaincode's trace as the API's canonical JSON. */
    String json(final String lotId, final boolean back, final int pageLots) throws LedgerException {
        final TraceResult trace = back ? food.traceBackAll(lotId, pageLots) : food.traceForwardAll(lotId, pageLots);
        return LedgerJson.toJson(trace);
    }

    @Override
    public void close() {
        client.close();
        gateway.close();
    }
}
