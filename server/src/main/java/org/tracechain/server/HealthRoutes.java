// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.server.http.ContentNegotiation;
import org.tracechain.server.store.QueryStore;

/**
 * {@code GET /health}, unauthenticated, for load balancers and {@code curl}: UP when the gateway peer accepts
 * connections and the query store answers; DEGRADED (still 200: writes and ledger reads work) when only the store
 * does not; DOWN (503) when the gateway peer cannot be reached. It tells nothing a token would protect.
 */
final class HealthRoutes {

    private final String organization;
    private final String gatewayEndpoint;
    private final BooleanSupplier gatewayProbe;
    private final QueryStore store;
    private final List<String> channels;

    HealthRoutes(final String organization, final String gatewayEndpoint, final BooleanSupplier gatewayProbe,
            final QueryStore store, final List<String> channels) {
        this.organization = organization;
        this.gatewayEndpoint = gatewayEndpoint;
        this.gatewayProbe = gatewayProbe;
        this.store = store;
        this.channels = List.copyOf(channels);
    }

    void health(final Context ctx) {
        ContentNegotiation.require(ctx, "application/json");
        final boolean reachable = gatewayProbe.getAsBoolean();
        // Members in sorted order, as every answer of the shared codec.
        final ObjectNode body = LedgerJson.mapper().createObjectNode();
        body.putObject("gateway").put("endpoint", gatewayEndpoint).put("reachable", reachable);
        body.put("organization", organization);
        final ObjectNode heights = LedgerJson.mapper().createObjectNode();
        boolean storeAnswers = true;
        for (final String channel : channels) {
            try {
                heights.put(channel, store.height(channel));
            } catch (RuntimeException e) { // STORE_UNAVAILABLE, or a store fault
                heights.put(channel, "unavailable");
                storeAnswers = false;
            }
        }
        final String status = !reachable ? "DOWN" : storeAnswers ? "UP" : "DEGRADED";
        body.put("status", status);
        body.set("store", heights);
        ctx.status(reachable ? 200 : 503).json(body);
    }

    /** Whether a TCP connection to {@code host:port} opens within a second. */
    static BooleanSupplier tcpProbe(final String endpoint) {
        final int colon = endpoint.lastIndexOf(':');
        final String host = endpoint.substring(0, colon);
        final int port = Integer.parseInt(endpoint.substring(colon + 1));
        return () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 1000);
                return true;
            } catch (IOException e) {
                return false;
            }
        };
    }
}
