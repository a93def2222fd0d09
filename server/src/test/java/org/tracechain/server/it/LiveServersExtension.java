// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.it;

import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.tracechain.client.it.LiveNetworkExtension;
import org.tracechain.network.FabricNetwork;

/**
 * The servers of the live network, started once per test run on top of {@link LiveNetworkExtension} (which starts
 * the network, its PostgreSQL, and seeds the food master data) and closed when the run ends, before the network
 * stops. Resolves {@link LiveServers} parameters.
 *
 * <pre>{@code
 * @ExtendWith(LiveServersExtension.class)
 * class SomeApiIT {
 *     @Test
 *     void works(LiveServers servers) { servers.as("producer", "farmer").get("/lots/L1"); }
 * }
 * }</pre>
 */
public final class LiveServersExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            LiveServersExtension.class);
    private static final LiveNetworkExtension NETWORK = new LiveNetworkExtension();

    @Override
    public void beforeAll(final ExtensionContext context) throws Exception {
        servers(context);
    }

    @Override
    public boolean supportsParameter(final ParameterContext parameter, final ExtensionContext context) {
        return parameter.getParameter().getType() == LiveServers.class;
    }

    @Override
    public Object resolveParameter(final ParameterContext parameter, final ExtensionContext context) {
        return servers(context);
    }

    private static LiveServers servers(final ExtensionContext context) {
        // The network first: JUnit closes the root store's resources in reverse order of insertion, and the
        // servers' entry is inserted when its computation starts, so the servers must come after the network.
        final FabricNetwork network = network(context);
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(LiveServers.class, k -> {
            try {
                return LiveServers.start(network);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot start the servers of the live network", e);
            }
        }, LiveServers.class);
    }

    /** The network as the one network extension gives it to a {@code FabricNetwork} parameter. */
    private static FabricNetwork network(final ExtensionContext context) {
        NETWORK.beforeAll(context);
        return (FabricNetwork) NETWORK.resolveParameter(new NetworkParameter(), context);
    }

    @SuppressWarnings("unused") // its parameter is the FabricNetwork asked of the network extension
    private static void networkHolder(final FabricNetwork network) {}

    private static final class NetworkParameter implements ParameterContext {
        private static final Parameter PARAMETER;

        static {
            try {
                PARAMETER = LiveServersExtension.class.getDeclaredMethod("networkHolder", FabricNetwork.class)
                        .getParameters()[0];
            } catch (NoSuchMethodException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        @Override
        public Parameter getParameter() {
            return PARAMETER;
        }

        @Override
        public int getIndex() {
            return 0;
        }

        @Override
        public Optional<Object> getTarget() {
            return Optional.empty();
        }

        @Override
        public java.lang.reflect.AnnotatedElement getAnnotatedElement() {
            return PARAMETER;
        }

        @Override
        public boolean isAnnotated(final Class<? extends java.lang.annotation.Annotation> type) {
            return false;
        }

        @Override
        public <A extends java.lang.annotation.Annotation> Optional<A> findAnnotation(final Class<A> type) {
            return Optional.empty();
        }

        @Override
        public <A extends java.lang.annotation.Annotation> List<A> findRepeatableAnnotations(final Class<A> type) {
            return List.of();
        }
    }
}
