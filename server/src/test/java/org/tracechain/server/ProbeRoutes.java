// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import io.javalin.router.JavalinDefaultRoutingApi;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.server.http.ApiRoutes;
import org.tracechain.server.http.LedgerAccess;
import org.tracechain.server.http.RequestBodies;
import org.tracechain.server.http.WriteResult;

/** A small API area for the server's own tests: a read and a write through the real chaincode, and the caller. */
final class ProbeRoutes implements ApiRoutes {

    private final LedgerAccess access;

    ProbeRoutes(final LedgerAccess access) {
        this.access = access;
    }

    @Override
    public void register(final JavalinDefaultRoutingApi routes) {
        routes.get("/probe/whoami", ctx -> ctx.json(access.caller(ctx)));
        routes.get("/probe/lots/{lotId}", ctx -> ctx.json(access.food(ctx).lot(ctx.pathParam("lotId"))));
        routes.post("/probe/lots", ctx -> WriteResult.answer(ctx, 201, null,
                access.food(ctx).registerLot(RequestBodies.json(ctx, RegisterLotRequest.class))));
        routes.get("/probe/chaincode-whoami", ctx -> ctx.json(access.food(ctx).whoAmI()));
        routes.get("/probe/boom", ctx -> {
            throw new IllegalStateException("internal detail that must not reach the client");
        });
        routes.get("/probe/store", ctx -> ctx.json(access.store().height("foodtrace")));
    }

    @Override
    public String openApiResource() {
        return "org/tracechain/server/openapi/probe.json";
    }
}
