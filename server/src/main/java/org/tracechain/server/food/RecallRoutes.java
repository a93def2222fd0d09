// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import org.tracechain.client.Committed;
import org.tracechain.model.food.AcknowledgeRecallRequest;
import org.tracechain.model.food.RecallAcknowledgement;
import org.tracechain.model.food.RecallBatchNotice;
import org.tracechain.model.food.RecallRequest;
import org.tracechain.server.http.ApiRoutes;
import org.tracechain.server.http.LedgerAccess;
import org.tracechain.server.http.WriteResult;

/**
 * Recalls: a regulator recalls a lot and everything made from it ({@code POST /lots/{lotId}/recall}, the first
 * batch; {@code POST /recalls/{recallId}/continue} for the next while the answer says {@code complete: false}),
 * holders acknowledge, and anyone on the channel reads the holders and their acknowledgements.
 */
public final class RecallRoutes implements ApiRoutes {

    private final LedgerAccess access;

    /** @param access the request's caller, SDK and query store */
    public RecallRoutes(final LedgerAccess access) {
        this.access = Objects.requireNonNull(access, "access must not be null");
    }

    @Override
    public void register(final JavalinDefaultRoutingApi routes) {
        routes.post("/lots/{lotId}/recall", this::recall);
        routes.get("/recalls/{recallId}", this::status);
        routes.post("/recalls/{recallId}/continue", this::continueRecall);
        routes.post("/recalls/{recallId}/acknowledgements", this::acknowledge);
    }

    @Override
    public String openApiResource() {
        return "org/tracechain/server/openapi/recalls.json";
    }

    private void recall(final Context ctx) throws Exception {
        EpcisQueryParameters.parse(ctx.queryString(), Set.of());
        final RecallRequest request = FoodBodies.withPathId(ctx, RecallRequest.class, "lotId", ctx.pathParam("lotId"));
        final Committed<RecallBatchNotice> committed = access.food(ctx).recall(request);
        WriteResult.answer(ctx, 201, recallPath(committed.value().recallId()), committed);
    }

    private void continueRecall(final Context ctx) throws Exception {
        EpcisQueryParameters.parse(ctx.queryString(), Set.of());
        WriteResult.answer(ctx, 200, null, access.food(ctx).continueRecall(ctx.pathParam("recallId")));
    }

    private void acknowledge(final Context ctx) throws Exception {
        EpcisQueryParameters.parse(ctx.queryString(), Set.of());
        final String recallId = ctx.pathParam("recallId");
        final AcknowledgeRecallRequest request = FoodBodies.withPathId(ctx, AcknowledgeRecallRequest.class,
                "recallId", recallId);
        final Committed<RecallAcknowledgement> committed = access.food(ctx).acknowledgeRecall(request);
        WriteResult.answer(ctx, 201, recallPath(recallId), committed);
    }

    private void status(final Context ctx) throws Exception {
        EpcisQueryParameters.parse(ctx.queryString(), Set.of());
        Responses.json(ctx, 200, access.food(ctx).recallStatus(ctx.pathParam("recallId")));
    }

    static String recallPath(final String recallId) {
        return "/recalls/" + URLEncoder.encode(recallId, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
