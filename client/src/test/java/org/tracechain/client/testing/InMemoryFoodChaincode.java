// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.testing;

import java.nio.charset.StandardCharsets;
import java.security.Security;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.shim.Chaincode;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.chaincode.testing.InMemoryStub;
import org.tracechain.chaincode.testing.Routing;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.transaction.TransactionSignature;

/**
 * The real foodtrace chaincode (gate, Fabric's contract router, contract and services) on the in-memory ledger,
 * answering the {@link FakeGateway}: evaluates run on a transaction that is not committed, endorsements commit
 * their writes, refusals reach the SDK exactly as a gateway reports them. Calls run as the identity last set with
 * {@link #actAs}, since the fake gateway does not pass the signer's certificate on.
 */
public final class InMemoryFoodChaincode {

    private final InMemoryLedger ledger;
    private final Chaincode chaincode = routing();
    private volatile TestIdentity actingAs;
    private volatile FakeGateway gateway;

    public InMemoryFoodChaincode(final InMemoryLedger ledger, final TestIdentity actingAs) {
        this.ledger = ledger;
        this.actingAs = actingAs;
    }

    /**
     * The shim's {@code ChaincodeBase} registers BouncyCastle as a JVM-wide JCA provider when it is loaded. The
     * client never runs with that provider, and later tests in this JVM (JdkCryptoTest compares the JDK's key
     * encoding with BouncyCastle's) would see a different JCA, so it is removed again if it was not there before.
     */
    private static Chaincode routing() {
        final boolean hadBouncyCastle = Security.getProvider("BC") != null;
        final Chaincode routed = Routing.chaincode(FoodTransaction.TABLE);
        if (!hadBouncyCastle) {
            Security.removeProvider("BC");
        }
        return routed;
    }

    /** Answers every foodtrace transaction of {@code gateway}. */
    public InMemoryFoodChaincode attach(final FakeGateway gateway) {
        this.gateway = gateway;
        for (final TransactionSignature signature : FoodTransaction.TABLE.all()) {
            gateway.respond(signature.name(), this::respond);
        }
        return this;
    }

    /** Runs later calls as {@code identity}. */
    public void actAs(final TestIdentity identity) {
        this.actingAs = identity;
    }

    public InMemoryLedger ledger() {
        return ledger;
    }

    private synchronized byte[] respond(final FakeGateway.Call call) {
        final List<byte[]> args = new ArrayList<>();
        args.add(call.transactionName().getBytes(StandardCharsets.UTF_8));
        call.arguments().forEach(a -> args.add(a.getBytes(StandardCharsets.UTF_8)));
        final Map<String, byte[]> transients = new HashMap<>();
        call.transientData().forEach((k, v) -> transients.put(k, v.getBytes(StandardCharsets.UTF_8)));
        final InMemoryStub stub = ledger.begin(actingAs, transients).withRawArgs(args);
        final Chaincode.Response response = chaincode.invoke(stub);
        if (response.getStatusCode() >= Chaincode.Response.Status.ERROR_THRESHOLD.getCode()) {
            throw "evaluate".equals(call.kind()) ? FakeGateway.evaluateRefusal(response.getMessage())
                    : FakeGateway.endorseRefusal(response.getMessage());
        }
        if (!"evaluate".equals(call.kind())) {
            ledger.commit(stub);
            final FakeGateway attached = gateway;
            if (attached != null) {
                attached.endorsedWrites(call.transactionId(), call.chaincode(), stub.writes());
            }
        }
        return response.getPayload() == null ? new byte[0] : response.getPayload();
    }
}
