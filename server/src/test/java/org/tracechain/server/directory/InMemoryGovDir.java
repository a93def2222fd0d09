// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.directory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Security;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.shim.Chaincode;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.chaincode.testing.InMemoryStub;
import org.tracechain.chaincode.testing.Routing;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.directory.GovDirectory;
import org.tracechain.client.testing.FakeGateway;
import org.tracechain.client.testing.TestCredentials;
import org.tracechain.model.directory.ConfigureRequest;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.identity.Role;
import org.tracechain.model.transaction.TransactionSignature;
import org.tracechain.server.auth.Caller;

/**
 * The real govdir chaincode (gate, Fabric's contract router, contract, services) on one in-memory ledger, behind
 * one in-process fake Gateway per user: the fake Gateway does not pass the signer's certificate on, so each user
 * gets a gateway of its own whose calls run as that user's X.509 identity (with its role attribute). The users are
 * Beijing municipal departments on their own organisations, as in the chaincode's directory tests.
 */
final class InMemoryGovDir implements AutoCloseable {

    static final String MARKET_MSP = "MarketMSP";
    static final String CIVIL_MSP = "CivilMSP";
    static final String POLICE_MSP = "PoliceMSP";
    static final String REGULATOR_MSP = "RegulatorMSP";

    /** One wallet user: its bearer token (in these tests, its name), identity and SDK. */
    record User(String token, TestIdentity identity, Caller caller, FakeGateway gateway, LedgerClient client,
            GovDirectory directory) {}

    private final InMemoryLedger ledger = new InMemoryLedger("govdir");
    private final Chaincode chaincode = routing();
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Path home;

    InMemoryGovDir(final Path home) {
        this.home = home;
        user("regulator-admin", "regulator", TestIdentities.admin(REGULATOR_MSP, "regulator-admin"), "");
        user("auditor", "regulator", TestIdentities.client(REGULATOR_MSP, "auditor", Role.AUDITOR), "auditor");
        client("market-admin", "market", MARKET_MSP, Role.CATALOG_ADMIN);
        client("market-clerk", "market", MARKET_MSP, Role.REQUESTER);
        client("civil-admin", "civil", CIVIL_MSP, Role.CATALOG_ADMIN);
        client("civil-clerk", "civil", CIVIL_MSP, Role.REQUESTER);
        client("civil-visitor", "civil", CIVIL_MSP);
        client("police-admin", "police", POLICE_MSP, Role.CATALOG_ADMIN);
        client("police-clerk", "police", POLICE_MSP, Role.REQUESTER);
    }

    /** The shim loads BouncyCastle JVM-wide; the client never runs with it, so it is removed again. */
    private static Chaincode routing() {
        final boolean hadBouncyCastle = Security.getProvider("BC") != null;
        final Chaincode routed = Routing.chaincode(DirectoryTransaction.TABLE);
        if (!hadBouncyCastle) {
            Security.removeProvider("BC");
        }
        return routed;
    }

    private void client(final String name, final String organization, final String mspId, final Role... roles) {
        user(name, organization, TestIdentities.client(mspId, name, roles),
                roles.length == 0 ? "" : roles[0].value());
    }

    private void user(final String name, final String organization, final TestIdentity identity, final String role) {
        final FakeGateway gateway = FakeGateway.start();
        for (final TransactionSignature signature : DirectoryTransaction.TABLE.all()) {
            gateway.respond(signature.name(), call -> respond(identity, call));
        }
        final LedgerClient client;
        try {
            client = LedgerClient.newBuilder()
                    .identity(TestCredentials.identity(home, organization, name, identity.mspId(),
                            role.isEmpty() ? new String[0] : new String[] {role}))
                    .connection(gateway.channel())
                    .connect();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        users.put(name, new User(name, identity, new Caller(organization, name, identity.mspId(), role), gateway,
                client, GovDirectory.of(client)));
    }

    /** Runs one call as {@code identity}: evaluates leave the ledger as it was, endorsements commit their writes. */
    private byte[] respond(final TestIdentity identity, final FakeGateway.Call call) {
        final List<byte[]> args = new ArrayList<>();
        args.add(call.transactionName().getBytes(StandardCharsets.UTF_8));
        call.arguments().forEach(a -> args.add(a.getBytes(StandardCharsets.UTF_8)));
        final Map<String, byte[]> transients = new HashMap<>();
        call.transientData().forEach((k, v) -> transients.put(k, v.getBytes(StandardCharsets.UTF_8)));
        synchronized (ledger) {
            final InMemoryStub stub = ledger.begin(identity, transients).withRawArgs(args);
            final Chaincode.Response response = chaincode.invoke(stub);
            if (response.getStatusCode() >= Chaincode.Response.Status.ERROR_THRESHOLD.getCode()) {
                throw "evaluate".equals(call.kind()) ? FakeGateway.evaluateRefusal(response.getMessage())
                        : FakeGateway.endorseRefusal(response.getMessage());
            }
            if (!"evaluate".equals(call.kind())) {
                ledger.commit(stub);
            }
            return response.getPayload() == null ? new byte[0] : response.getPayload();
        }
    }

    /** Names the regulator organisation, as {@code network up} does after deploying. */
    InMemoryGovDir configured() throws Exception {
        user("regulator-admin").directory().configure(new ConfigureRequest(List.of(REGULATOR_MSP), null));
        return this;
    }

    User user(final String token) {
        final User user = users.get(token);
        if (user == null) {
            throw new IllegalArgumentException("no test user " + token);
        }
        return user;
    }

    /** The user a bearer token stands for, or null. */
    User byToken(final String token) {
        return users.get(token);
    }

    InMemoryLedger ledger() {
        return ledger;
    }

    /** Every call any user's gateway received, in no particular order across users. */
    int gatewayCalls() {
        return users.values().stream().mapToInt(u -> u.gateway().calls().size()).sum();
    }

    @Override
    public void close() {
        for (final User user : users.values()) {
            user.client().close();
            user.gateway().close();
        }
    }
}
