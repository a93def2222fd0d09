// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import io.javalin.http.Context;
import io.javalin.http.sse.SseHandler;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import org.tracechain.client.Committed;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.model.error.ApiError;
import org.tracechain.model.food.AcknowledgeRecallRequest;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.RecallAcknowledgement;
import org.tracechain.model.food.RecallBatchNotice;
import org.tracechain.model.food.RecallRequest;
import org.tracechain.server.auth.Caller;
import org.tracechain.server.http.ApiProblem;
import org.tracechain.server.http.ApiRoutes;
import org.tracechain.server.http.LedgerAccess;
import org.tracechain.server.http.WriteResult;

/**
 * Recalls: a regulator recalls a lot and everything made from it ({@code POST /lots/{lotId}/recall}, the first
 * batch; {@code POST /recalls/{recallId}/continue} for the next while the answer says {@code complete: false}),
 * holders acknowledge, and anyone on the channel reads the holders and their acknowledgements, once or live
 * ({@code GET /recalls/{recallId}/updates}, server-sent events from one shared listener: {@link RecallUpdates}).
 */
public final class RecallRoutes implements ApiRoutes, AutoCloseable {

    /** What {@code GET /recalls/{recallId}/updates} writes, and what its {@code Accept} must name. */
    static final String EVENT_STREAM = "text/event-stream";

    private final LedgerAccess access;
    private final RecallUpdates updates;

    /** @param access the request's caller, SDK and query store */
    public RecallRoutes(final LedgerAccess access) {
        this(access, new RecallUpdates(FoodTrace.DEFAULT_CHANNEL, FoodTransaction.CHAINCODE,
                RecallUpdates.DEFAULT_MAX_STREAMS_PER_CALLER, RecallUpdates.DEFAULT_MAX_STREAMS,
                RecallUpdates.DEFAULT_HEARTBEAT));
    }

    /**
     * @param access the request's caller, SDK and query store
     * @param updates the live updates of recalls (closed with these routes)
     */
    public RecallRoutes(final LedgerAccess access, final RecallUpdates updates) {
        this.access = Objects.requireNonNull(access, "access must not be null");
        this.updates = Objects.requireNonNull(updates, "updates must not be null");
    }

    @Override
    public void register(final JavalinDefaultRoutingApi routes) {
        routes.post("/lots/{lotId}/recall", this::recall);
        routes.get("/recalls/{recallId}", this::status);
        routes.get("/recalls/{recallId}/updates", this::updates);
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

    /**
     * A stream of the recall's committed changes. The recall is read first as the caller, so every refusal of
     * {@code GET /recalls/{id}} (and the stream bounds) is a problem body; only then does the event stream start.
     */
    private void updates(final Context ctx) throws Exception {
        EpcisQueryParameters.parse(ctx.queryString(), Set.of());
        final String accept = ctx.header("Accept");
        // Javalin streams only to a request that names the type; anything else would get an empty 200.
        if (accept == null || !accept.contains(EVENT_STREAM)) {
            throw new ApiProblem(406, ApiError.NOT_ACCEPTABLE.name(),
                    "this endpoint answers only Accept: " + EVENT_STREAM);
        }
        final String recallId = ctx.pathParam("recallId");
        access.food(ctx).recallStatus(recallId);
        final Caller caller = access.caller(ctx);
        final SseStream stream = new SseStream();
        final RecallUpdates.Subscription subscription = updates.subscribe(
                caller.organization() + "/" + caller.user(), recallId, access.client(ctx), access.credentialCheck(ctx),
                knownHeight(), stream);
        try {
            new SseHandler(0, sse -> {
                sse.onClose(subscription::close);
                if (stream.attach(sse)) {
                    sse.keepAlive();
                    subscription.ready();
                }
            }).handle(ctx);
        } catch (RuntimeException e) {
            subscription.close();
            throw e;
        }
    }

    /** The query store's foodtrace height (the peer has reached it), or -1 without a store. */
    private long knownHeight() {
        try {
            return access.store().height(FoodTrace.DEFAULT_CHANNEL);
        } catch (RuntimeException e) {
            return -1;   // no store, or it does not answer: the listener starts at the peer's next block
        }
    }

    /** Ends every update stream (the server is stopping). */
    @Override
    public void close() {
        updates.close();
    }

    /** The live updates (for tests). */
    RecallUpdates updates() {
        return updates;
    }

    static String recallPath(final String recallId) {
        return "/recalls/" + URLEncoder.encode(recallId, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
