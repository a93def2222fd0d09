// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import java.util.List;
import org.tracechain.server.directory.DirectoryRoutes;
import org.tracechain.server.food.EpcisRoutes;
import org.tracechain.server.food.LotEventRoutes;
import org.tracechain.server.food.LotRoutes;
import org.tracechain.server.food.RecallRoutes;

/**
 * Every area of the HTTP API, in the order they are registered: what {@code tracechain serve} serves, and what the
 * integration tests start.
 *
 * <pre>{@code
 * TraceChainServer server = TraceChainServer.newBuilder().home(home).organization("producer")
 *         .routes(ApiAreas.all().toArray(TraceChainServer.RoutesFactory[]::new)).build();
 * }</pre>
 */
public final class ApiAreas {

    private ApiAreas() {}

    /** @return the factories of every API area: EPCIS, lots, lot events, recalls, the directory */
    public static List<TraceChainServer.RoutesFactory> all() {
        return List.of(EpcisRoutes::new, LotRoutes::new, LotEventRoutes::new, RecallRoutes::new, DirectoryRoutes::new);
    }
}
