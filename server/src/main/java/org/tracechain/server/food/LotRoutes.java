// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.client.Committed;
import org.tracechain.client.food.export.EpcisExport;
import org.tracechain.client.food.export.FsmaCsvExport;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.food.ReceiveRequest;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.ShipRequest;
import org.tracechain.model.food.TracePages;
import org.tracechain.model.food.TraceRequest;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.server.http.ApiProblem;
import org.tracechain.server.http.ApiRoutes;
import org.tracechain.server.http.LedgerAccess;
import org.tracechain.server.http.QueryParameters;
import org.tracechain.server.http.RequestBodies;
import org.tracechain.server.http.StoreReads;
import org.tracechain.server.http.WriteResult;
import org.tracechain.server.store.EpcisQuery;
import org.tracechain.server.store.LotSearch;
import org.tracechain.server.store.QueryStore;
import org.tracechain.server.store.StorePage;
import org.tracechain.server.store.StoreTrace;
import org.tracechain.server.store.StoreUnavailableException;
import org.tracechain.server.store.UnavailableQueryStore;


/**
 * Lots: search (query store), registration, custody (ship, receive), and the lineage of a lot as JSON, as an
 * EPCIS 2.0 document or as an SVG picture (by {@code Accept}), and as the FSMA 204 sortable spreadsheet.
 *
 * <p>A trace follows the whole lineage however large ({@code traceBackAll} / {@code traceForwardAll}, pages of
 * {@value #TRACE_PAGE_LOTS} lots), never a truncated one: from the query store when one is configured and can
 * answer it exactly (the same bytes as the chaincode's), else from the chaincode. A client drawing a large lineage
 * asks for it page by page instead ({@code maxLots}, then {@code from} a page's frontier: one chaincode trace each,
 * truncated with its frontier, as the chaincode answers it) and for its lots per level up front
 * ({@code /trace/levels}), so that it can draw the first lots at once and say how many are still to come.
 */
public final class LotRoutes implements ApiRoutes {

    /** Lots per trace page asked of the chaincode. */
    static final int TRACE_PAGE_LOTS = 1000;
    static final Set<String> SEARCH_PARAMETERS = Set.of("traceCode", "gtin", "lot", "product", "holder", "status",
            "from", "to", "perPage", "nextPageToken");
    /** Start lots one page may continue from: a list that fits the query's 4,096 characters. */
    static final int MAX_FROM_LOTS = 100;
    /** Lots one page may hold: the chaincode's own limit. */
    static final int MAX_PAGE_LOTS = 10_000;
    private static final Set<String> DIRECTION = Set.of("direction");
    private static final Set<String> TRACE_PARAMETERS = Set.of("direction", "maxLots", "from");
    private static final Logger LOG = LoggerFactory.getLogger(LotRoutes.class);
    private static final List<String> TRACE_TYPES = List.of(Responses.JSON, Responses.JSON_LD, Responses.SVG);

    private final LedgerAccess access;

    /** @param access the request's caller, SDK and query store */
    public LotRoutes(final LedgerAccess access) {
        this.access = Objects.requireNonNull(access, "access must not be null");
    }

    @Override
    public void register(final JavalinDefaultRoutingApi routes) {
        routes.get("/lots", this::search);
        routes.post("/lots", this::registerLot);
        routes.get("/lots/{lotId}", this::lot);
        routes.post("/lots/{lotId}/ship", this::ship);
        routes.post("/lots/{lotId}/receive", this::receive);
        routes.get("/lots/{lotId}/trace", this::trace);
        routes.get("/lots/{lotId}/trace/levels", this::levels);
        routes.get("/lots/{lotId}/fsma", this::fsma);
    }

    @Override
    public String openApiResource() {
        return "org/tracechain/server/openapi/lots.json";
    }

    private void search(final Context ctx) {
        final QueryParameters query = EpcisQueryParameters.parse(ctx.queryString(), SEARCH_PARAMETERS);
        final Optional<String> status = query.text("status");
        status.ifPresent(value -> {
            if (Arrays.stream(LotStatus.values()).noneMatch(s -> s.name().equals(value))) {
                throw EpcisQueryParameters.invalid("status", "must be one of " + Arrays.toString(LotStatus.values()));
            }
        });
        final Optional<Instant> from = query.instant("from");
        final Optional<Instant> to = query.instant("to");
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw EpcisQueryParameters.invalid("from", "must be before to");
        }
        final LotSearch search = new LotSearch(query.text("traceCode"), query.text("gtin"), query.text("lot"),
                query.text("product"), query.text("holder"), status, from, to,
                query.pageSize("perPage", EpcisQuery.MAX_PER_PAGE).orElse(EpcisQuery.DEFAULT_PER_PAGE),
                query.pageToken("nextPageToken"));
        final StorePage<Lot> page;
        access.requireChannel(FoodTrace.DEFAULT_CHANNEL);
        StoreReads.awaitRequested(ctx, access.store(), FoodTrace.DEFAULT_CHANNEL);
        try {
            page = access.store().lots(search);
        } catch (IllegalArgumentException e) {
            throw EpcisQueryParameters.invalid("nextPageToken", "is not a token this server issued for this search");
        }
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("lots", page.items());
        page.nextPageToken().ifPresent(token -> body.put("nextPageToken", token));
        body.put("height", page.height());
        ctx.header(Responses.HEIGHT_HEADER, Long.toString(page.height()));
        Responses.nextLink(ctx, page.nextPageToken());
        Responses.json(ctx, 200, body);
    }

    private void registerLot(final Context ctx) throws Exception {
        EpcisQueryParameters.parse(ctx.queryString(), Set.of());
        final RegisterLotRequest request = RequestBodies.json(ctx, RegisterLotRequest.class);
        final Committed<Lot> committed = access.food(ctx).registerLot(request);
        WriteResult.answer(ctx, 201, lotPath(committed.value().lotId()), committed);
    }

    private void lot(final Context ctx) throws Exception {
        EpcisQueryParameters.parse(ctx.queryString(), Set.of());
        Responses.json(ctx, 200, access.food(ctx).lot(ctx.pathParam("lotId")));
    }

    private void ship(final Context ctx) throws Exception {
        EpcisQueryParameters.parse(ctx.queryString(), Set.of());
        final FoodBodies.WithTerms<ShipRequest> body = FoodBodies.withTerms(ctx, ShipRequest.class, "lotId",
                ctx.pathParam("lotId"));
        final Committed<TrackingEvent> committed = access.food(ctx).ship(body.request(), body.terms());
        WriteResult.answer(ctx, 200, null, committed);
    }

    private void receive(final Context ctx) throws Exception {
        EpcisQueryParameters.parse(ctx.queryString(), Set.of());
        final FoodBodies.WithTerms<ReceiveRequest> body = FoodBodies.withTerms(ctx, ReceiveRequest.class, "lotId",
                ctx.pathParam("lotId"));
        final Committed<TrackingEvent> committed = access.food(ctx).receive(body.request(), body.terms());
        WriteResult.answer(ctx, 200, null, committed);
    }

    private void trace(final Context ctx) throws Exception {
        final QueryParameters query = EpcisQueryParameters.parse(ctx.queryString(), TRACE_PARAMETERS);
        final boolean back = direction(query);
        final Optional<Integer> maxLots = query.pageSize("maxLots", MAX_PAGE_LOTS);
        final List<String> from = fromLots(query);
        final String type = MediaTypes.choose(ctx.header("Accept"), TRACE_TYPES);
        final TraceResult trace = maxLots.isPresent() || !from.isEmpty()
                ? page(ctx, back, maxLots.orElse(TRACE_PAGE_LOTS), from) : trace(ctx, back);
        switch (type) {
            case Responses.JSON -> Responses.json(ctx, 200, trace);
            case Responses.JSON_LD -> Responses.epcis(ctx, Responses.JSON_LD, EpcisExport.toJsonLd(trace));
            case Responses.SVG -> ctx.status(200).contentType(Responses.SVG + "; charset=utf-8")
                    .result(LineageSvg.draw(trace).getBytes(StandardCharsets.UTF_8));
            default -> throw new IllegalStateException("unexpected type " + type);
        }
    }

    /**
     * One page of a lineage, straight from the chaincode (one evaluate): from the path's lot, or from lots of an
     * earlier page's frontier. The query store answers whole lineages only; a page is cheap for the chaincode.
     */
    private TraceResult page(final Context ctx, final boolean back, final int maxLots, final List<String> from)
            throws Exception {
        final String lotId = QueryParameters.checkIdentifier("lotId", ctx.pathParam("lotId"));
        final TraceRequest request = from.isEmpty() ? new TraceRequest(lotId, null, null, maxLots, true)
                : new TraceRequest(null, from, null, maxLots, true);
        return back ? access.food(ctx).traceBack(request) : access.food(ctx).traceForward(request);
    }

    /** {@code from}: frontier lots separated by {@code |}, at most {@value #MAX_FROM_LOTS}, none twice. */
    private static List<String> fromLots(final QueryParameters query) {
        final Optional<String> given = query.text("from");
        if (given.isEmpty()) {
            return List.of();
        }
        final List<String> lots = List.of(given.get().split("\\|", -1));
        if (lots.size() > MAX_FROM_LOTS) {
            throw EpcisQueryParameters.invalid("from", "lists more than " + MAX_FROM_LOTS + " lots");
        }
        lots.forEach(lot -> QueryParameters.checkIdentifier("from", lot));
        if (Set.copyOf(lots).size() != lots.size()) {
            throw EpcisQueryParameters.invalid("from", "names a lot twice");
        }
        return lots;
    }

    /**
     * The lineage's lots per depth ({@link TraceLevels}), from the whole lineage: the query store's when it can
     * answer, else the chaincode's pages without their events (the counts need lots and edges only).
     */
    private void levels(final Context ctx) throws Exception {
        final boolean back = direction(ctx);
        MediaTypes.choose(ctx.header("Accept"), List.of(Responses.JSON));
        final String lotId = ctx.pathParam("lotId");
        final Optional<StoreTrace> stored = storedTrace(ctx, lotId, back);
        final TraceResult whole;
        if (stored.isPresent()) {
            ctx.header(Responses.HEIGHT_HEADER, Long.toString(stored.get().height()));
            whole = stored.get().result();
        } else {
            final FoodTrace food = access.food(ctx);
            whole = TracePages.merge((starts, max) -> {
                final TraceRequest request = new TraceRequest(null, starts, null, max, false);
                return back ? food.traceBack(request) : food.traceForward(request);
            }, lotId, TRACE_PAGE_LOTS);
        }
        Responses.json(ctx, 200, TraceLevels.of(lotId, back, whole));
    }

    private void fsma(final Context ctx) throws Exception {
        final boolean back = direction(ctx);
        MediaTypes.choose(ctx.header("Accept"), List.of(Responses.CSV));
        final String lotId = ctx.pathParam("lotId");
        final String csv = FsmaCsvExport.toCsv(trace(ctx, back));
        final String file = "fsma204-" + lotId.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + (back ? "back" : "forward")
                + ".csv";
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.status(200).contentType(Responses.CSV + "; charset=utf-8; header=present")
                .result(csv.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The lineage from the query store when it can answer exactly what the chaincode would (it says so with
     * {@code Tracechain-Store-Height}), else from the chaincode as always: without a store, when the store does not
     * know the lot yet (the chaincode then gives its exact answer or refusal), when it cannot reproduce the answer
     * ({@code QueryStore#trace}), or when it does not answer at all (a trace worked without the store before).
     */
    private TraceResult trace(final Context ctx, final boolean back) throws Exception {
        final String lotId = ctx.pathParam("lotId");
        final Optional<StoreTrace> stored = storedTrace(ctx, lotId, back);
        if (stored.isPresent()) {
            ctx.header(Responses.HEIGHT_HEADER, Long.toString(stored.get().height()));
            return stored.get().result();
        }
        return back ? access.food(ctx).traceBackAll(lotId, TRACE_PAGE_LOTS)
                : access.food(ctx).traceForwardAll(lotId, TRACE_PAGE_LOTS);
    }

    private Optional<StoreTrace> storedTrace(final Context ctx, final String lotId, final boolean back) {
        final QueryStore store = access.store();
        if (store == UnavailableQueryStore.INSTANCE) {
            return Optional.empty();
        }
        try {
            StoreReads.awaitRequested(ctx, store, FoodTrace.DEFAULT_CHANNEL);
            return store.trace(lotId, back, TRACE_PAGE_LOTS);
        } catch (StoreUnavailableException e) {
            LOG.warn("the query store does not answer ({}); the trace of {} is read from the chaincode",
                    e.getMessage(), lotId);
            return Optional.empty();
        }
    }

    /** {@code direction=back} (ancestors, where it came from) or {@code forward} (where it went); required. */
    private static boolean direction(final Context ctx) {
        return direction(EpcisQueryParameters.parse(ctx.queryString(), DIRECTION));
    }

    private static boolean direction(final QueryParameters query) {
        final String direction = query.text("direction").orElseThrow(() -> new ApiProblem(400, "INVALID_FIELD",
                "query parameter direction is required: back (ancestors) or forward (descendants)"));
        return switch (direction) {
            case "back" -> true;
            case "forward" -> false;
            default -> throw EpcisQueryParameters.invalid("direction", "must be back or forward");
        };
    }

    static String lotPath(final String lotId) {
        return "/lots/" + URLEncoder.encode(lotId, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
