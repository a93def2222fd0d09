// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.tracechain.client.GatewayProfile;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.Wallet;
import org.tracechain.network.FabricNetwork;

/**
 * Starts the live Fabric network once per test run (or reuses a running one), deploys the chaincode, and
 * resolves test parameters: {@link FabricNetwork}, and {@link LedgerClient} annotated with {@link Identity}.
 * Clients are closed after their test; the network is stopped when the run ends (if this run started it).
 *
 * <pre>{@code
 * @ExtendWith(LiveNetworkExtension.class)
 * class SomeIT {
 *     @Test
 *     void works(@Identity(org = "producer", user = "farmer") LedgerClient farmer) { ... }
 * }
 * }</pre>
 */
public final class LiveNetworkExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LiveNetworkExtension.class);

    @Override
    public void beforeAll(final ExtensionContext context) {
        network(context);
    }

    @Override
    public boolean supportsParameter(final ParameterContext parameter, final ExtensionContext context) {
        final Class<?> type = parameter.getParameter().getType();
        return type == FabricNetwork.class
                || type == LedgerClient.class && parameter.isAnnotated(Identity.class);
    }

    @Override
    public Object resolveParameter(final ParameterContext parameter, final ExtensionContext context) {
        final LiveNetwork live = network(context);
        if (parameter.getParameter().getType() == FabricNetwork.class) {
            return live.network();
        }
        final Identity identity = parameter.findAnnotation(Identity.class).orElseThrow();
        final LedgerClient client = connect(live.home(), identity);
        // Closed when the test (or the class, for constructor/@BeforeAll parameters) ends.
        context.getStore(NAMESPACE).put(new Object(), (AutoCloseable) client::close);
        return client;
    }

    private static LedgerClient connect(final Path home, final Identity identity) {
        return connect(home, identity.org(), identity.user(), identity.via().isEmpty() ? identity.org() : identity.via());
    }

    /** Connects {@code user@org} through the Gateway of {@code via}'s peer, e.g. anew after a restart. */
    static LedgerClient connect(final Path home, final String org, final String user, final String via) {
        try {
            return LedgerClient.newBuilder()
                    .identity(Wallet.open(home).identity(org, user))
                    .profile(GatewayProfile.load(home, via))
                    .connect();
        } catch (IOException e) {
            throw new ParameterResolutionException("cannot connect as " + user + "@" + org + " via " + via, e);
        }
    }

    private static LiveNetwork network(final ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(LiveNetwork.class, k -> {
            final LiveNetwork live = LiveNetwork.start();
            try {
                FoodMasterDataSeed.seed(live.home());
            } catch (RuntimeException e) {
                live.close();
                throw e;
            }
            return live;
        }, LiveNetwork.class);
    }
}
