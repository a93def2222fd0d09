// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.tracechain.client.LedgerClient;

/**
 * For each test, an in-process {@link FakeGateway} and a {@link LedgerClient} connected to it as one identity (its
 * wallet in a temporary home); both closed and the home deleted after the test.
 *
 * <pre>{@code
 * @RegisterExtension
 * final ConnectedFakeGateway connected = ConnectedFakeGateway.as("regulator", "inspector", "RegulatorMSP", "inspector");
 *
 * @Test
 * void reads() throws Exception {
 *     connected.gateway().respond("GetLot", call -> payload);
 *     connected.client().contract("foodtrace", "foodtrace").evaluate("GetLot", "L1");
 * }
 * }</pre>
 */
public final class ConnectedFakeGateway implements BeforeEachCallback, AfterEachCallback {

    private final String org;
    private final String user;
    private final String mspId;
    private final String role;
    private Path home;
    private FakeGateway gateway;
    private LedgerClient client;

    private ConnectedFakeGateway(final String org, final String user, final String mspId, final String role) {
        this.org = org;
        this.user = user;
        this.mspId = mspId;
        this.role = role;
    }

    /** Connects as {@code user} of {@code org} (MSP {@code mspId}), whose certificate carries {@code role}. */
    public static ConnectedFakeGateway as(final String org, final String user, final String mspId, final String role) {
        return new ConnectedFakeGateway(org, user, mspId, role);
    }

    public FakeGateway gateway() {
        return gateway;
    }

    public LedgerClient client() {
        return client;
    }

    @Override
    public void beforeEach(final ExtensionContext context) throws Exception {
        home = Files.createTempDirectory("tracechain-test-home");
        gateway = FakeGateway.start();
        client = LedgerClient.newBuilder()
                .identity(TestCredentials.identity(home, org, user, mspId, role))
                .connection(gateway.channel())
                .connect();
    }

    @Override
    public void afterEach(final ExtensionContext context) throws IOException {
        try {
            if (client != null) {
                client.close();
            }
        } finally {
            if (gateway != null) {
                gateway.close();
            }
            deleteHome();
        }
    }

    private void deleteHome() throws IOException {
        if (home == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(home)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
