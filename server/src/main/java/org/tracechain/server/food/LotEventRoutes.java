// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.tracechain.model.food.DocumentRequest;
import org.tracechain.model.food.InspectRequest;
import org.tracechain.model.food.SellRequest;
import org.tracechain.model.food.SensorReadingsRequest;
import org.tracechain.model.food.TransformRequest;
import org.tracechain.server.http.ApiProblem;
import org.tracechain.server.http.ApiRoutes;
import org.tracechain.server.http.LedgerAccess;
import org.tracechain.server.http.ProblemStatus;
import org.tracechain.server.http.RequestBodies;
import org.tracechain.server.http.WriteResult;

/**
 * The other events a lot goes through: inspection, sale, transformation, cold-chain readings, and documents
 * anchored by hash. Each is one foodtrace transaction signed as the caller, answered with the committed write.
 * {@code GET /documents/{hash}} verifies a hash against the ledger ({@code VerifyDocument}, any channel member).
 */
public final class LotEventRoutes implements ApiRoutes {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final LedgerAccess access;

    /** @param access the request's caller, SDK and query store */
    public LotEventRoutes(final LedgerAccess access) {
        this.access = Objects.requireNonNull(access, "access must not be null");
    }

    @Override
    public void register(final JavalinDefaultRoutingApi routes) {
        routes.post("/lots/{lotId}/inspect", this::inspect);
        routes.post("/lots/{lotId}/sell", this::sell);
        routes.post("/transformations", this::transform);
        routes.post("/cold-chain-readings", this::coldChain);
        routes.post("/documents", this::document);
        routes.get("/documents/{hash}", this::verifyDocument);
    }

    @Override
    public String openApiResource() {
        return "org/tracechain/server/openapi/lot-events.json";
    }

    private void inspect(final Context ctx) throws Exception {
        EpcisQueryParameters.parse(ctx.queryString(), Set.of());
        WriteResult.answer(ctx, 200, null, access.food(ctx).inspect(FoodBodies.withPathId(ctx, InspectRequest.class,
                "lotId", ctx.pathParam("lotId"))));
    }

    private void sell(final Context ctx) throws Exception {
        EpcisQueryParameters.parse(ctx.queryString(), Set.of());
        WriteResult.answer(ctx, 200, null, access.food(ctx).sell(FoodBodies.withPathId(ctx, SellRequest.class,
                "lotId", ctx.pathParam("lotId"))));
    }

    private void transform(final Context ctx) throws Exception {
        EpcisQueryParameters.parse(ctx.queryString(), Set.of());
        WriteResult.answer(ctx, 200, null, access.food(ctx).transform(RequestBodies.json(ctx, TransformRequest.class)));
    }

    private void coldChain(final Context ctx) throws Exception {
        EpcisQueryParameters.parse(ctx.queryString(), Set.of());
        WriteResult.answer(ctx, 200, null, access.food(ctx).recordSensorReadings(RequestBodies.json(ctx,
                SensorReadingsRequest.class)));
    }

    private void document(final Context ctx) throws Exception {
        EpcisQueryParameters.parse(ctx.queryString(), Set.of());
        WriteResult.answer(ctx, 200, null, access.food(ctx).recordDocument(RequestBodies.json(ctx,
                DocumentRequest.class)));
    }

    /**
     * Whether the hash was recorded, and if so by whom, when, and whether it is valid today: always 200, because "not
     * recorded" is the answer a verifier needs (a file that does not match), not a missing resource. The hash is
     * checked here as the chaincode would (64 lower-case hex digits), so that a malformed one costs no ledger read.
     */
    private void verifyDocument(final Context ctx) throws Exception {
        EpcisQueryParameters.parse(ctx.queryString(), Set.of());
        final String hash = ctx.pathParam("hash");
        if (!SHA256_HEX.matcher(hash).matches()) {
            // The status the chaincode's own INVALID_FIELD would have had (422).
            throw new ApiProblem(ProblemStatus.of("INVALID_FIELD"), "INVALID_FIELD",
                    "hash must be a SHA-256 as 64 lower-case hex digits");
        }
        Responses.json(ctx, 200, access.food(ctx).verifyDocument(hash));
    }
}
