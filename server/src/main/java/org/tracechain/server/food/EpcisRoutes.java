// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tracechain.client.Committed;
import org.tracechain.client.TransactionStatus;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.client.food.epcis.EpcisImport;
import org.tracechain.client.food.epcis.EpcisImportException;
import org.tracechain.client.food.export.EpcisExport;
import org.tracechain.model.food.ImportEventsResult;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.model.json.MalformedJsonException;
import org.tracechain.server.http.ApiProblem;
import org.tracechain.server.http.ApiRoutes;
import org.tracechain.server.http.LedgerAccess;
import org.tracechain.server.http.QueryParameters;
import org.tracechain.server.http.RequestBodies;
import org.tracechain.server.http.StoreReads;
import org.tracechain.server.http.WriteResult;
import org.tracechain.server.store.EpcisQuery;
import org.tracechain.server.store.EventPage;
import org.tracechain.server.store.StoredEvent;

/**
 * The EPCIS 2.0 REST binding as GS1 publishes it ({@code openapi.yaml} of EPCIS 2.0): capture of an
 * {@code EPCISDocument} (all or nothing, {@code 202} with the capture job's {@code Location}), the capture job,
 * and events by query, by {@code eventID} and by EPC, answered as {@code EPCISQueryDocument}s.
 *
 * <p>A capture is one foodtrace transaction ({@link FoodTrace#importEpcis}); its capture id is the Fabric
 * transaction id, so {@code GET /capture/{captureID}} asks the ledger, and no capture state is kept by the server.
 * The capture is synchronous: the {@code 202} comes once the transaction is committed, and the job it names has
 * finished. Queries read the query store.
 */
public final class EpcisRoutes implements ApiRoutes {

    /** The binding's capture limit: one transaction imports the document. */
    public static final int CAPTURE_LIMIT = EpcisImport.EVENTS_MAX;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> EPCIS_TYPES = List.of(Responses.JSON_LD, Responses.JSON);
    private static final Set<String> NO_PARAMETERS = Set.of();

    private final LedgerAccess access;

    /** @param access the request's caller, SDK and query store */
    public EpcisRoutes(final LedgerAccess access) {
        this.access = Objects.requireNonNull(access, "access must not be null");
    }

    @Override
    public void register(final JavalinDefaultRoutingApi routes) {
        routes.post("/capture", this::capture);
        routes.get("/capture/{captureID}", this::captureJob);
        routes.get("/events", this::events);
        routes.get("/events/{eventID}", this::event);
        routes.get("/epcs/{epc}/events", this::eventsOfEpc);
    }

    @Override
    public String openApiResource() {
        return "org/tracechain/server/openapi/epcis.json";
    }

    private void capture(final Context ctx) throws Exception {
        EpcisQueryParameters.parse(ctx.queryString(), NO_PARAMETERS);
        final String contentType = Optional.ofNullable(ctx.contentType()).orElse("")
                .split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!contentType.equals(Responses.JSON) && !contentType.equals(Responses.JSON_LD)) {
            throw new ApiProblem(415, "UNSUPPORTED_MEDIA_TYPE", "a capture is an EPCISDocument sent as "
                    + "application/json or application/ld+json", Map.of("epcisException",
                            "UnsupportedMediaTypeException"));
        }
        final String version = ctx.header("GS1-EPCIS-Version");
        if (version != null && !version.equals("2.0") && !version.equals(Responses.EPCIS_VERSION)) {
            throw new ApiProblem(406, "NOT_ACCEPTABLE", "this server captures EPCIS " + Responses.EPCIS_VERSION
                    + " only", Map.of("epcisException", "NotAcceptableException"));
        }
        final String behaviour = ctx.header("GS1-Capture-Error-Behaviour");
        if (behaviour != null && !behaviour.equals("rollback")) {
            throw new ApiProblem(400, "INVALID_FIELD", "GS1-Capture-Error-Behaviour must be rollback: a capture is "
                    + "recorded by one transaction, all events or none", Map.of("epcisException",
                            "ValidationException"));
        }
        final String document = RequestBodies.text(ctx);
        final JsonNode root;
        try {
            root = LedgerJson.readTree(document);
        } catch (MalformedJsonException e) {
            throw new ApiProblem(400, "MALFORMED_JSON", "the capture is not JSON: " + e.getMessage(),
                    Map.of("epcisException", "ValidationException"));
        }
        final JsonNode eventList = root.path("epcisBody").path("eventList");
        if (eventList.isArray() && eventList.size() > CAPTURE_LIMIT) {
            ctx.header("GS1-EPCIS-Capture-Limit", Integer.toString(CAPTURE_LIMIT));
            throw new ApiProblem(413, "TOO_MANY_VALUES", "a capture holds at most " + CAPTURE_LIMIT + " events, this "
                    + "one " + eventList.size(), Map.of("epcisException", "CaptureLimitExceededException"));
        }
        final Committed<ImportEventsResult> committed;
        try {
            committed = access.food(ctx).importEpcis(document);
        } catch (EpcisImportException e) {
            throw refused(e);
        }
        Responses.versionHeaders(ctx);
        WriteResult.answer(ctx, 202, "/capture/" + committed.transactionId(), committed);
    }

    /** Every event that cannot be captured, as the binding's capture errors: RFC 9457 bodies with index and id. */
    private static ApiProblem refused(final EpcisImportException e) {
        final ArrayNode errors = NODES.arrayNode();
        for (final EpcisImportException.Problem problem : e.problems()) {
            final ObjectNode error = errors.addObject();
            error.put("type", "epcisException:ValidationException");
            error.put("title", problem.index() < 0 ? "The document cannot be captured"
                    : "An event cannot be captured");
            error.put("status", 400);
            error.put("detail", problem.reason());
            if (problem.index() >= 0) {
                error.put("index", problem.index());
                if (!problem.eventId().isEmpty()) {
                    error.put("eventID", problem.eventId());
                }
            }
        }
        final Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("epcisException", "ValidationException");
        extensions.put("errors", errors);
        return new ApiProblem(400, "INVALID_FIELD", e.problems().size() + " problem(s) in the EPCIS document; "
                + "nothing was captured", extensions);
    }

    private void captureJob(final Context ctx) throws Exception {
        EpcisQueryParameters.parse(ctx.queryString(), NO_PARAMETERS);
        final String captureId = ctx.pathParam("captureID");
        if (!captureId.matches("[0-9a-f]{64}")) {
            throw notFound("no capture job " + QueryParameters.visible(captureId));
        }
        final FoodTrace food = access.food(ctx);
        final TransactionStatus status = access.client(ctx).transactionStatus(food.contract().channel(), captureId);
        final ObjectNode job = NODES.objectNode();
        job.put("captureID", captureId);
        job.put("captureErrorBehaviour", "rollback");
        final ArrayNode errors = job.putArray("errors");
        switch (status.state()) {
            case NOT_FOUND -> throw notFound("no capture job " + captureId + " on the ledger");
            case PENDING -> {
                job.put("running", true);
                job.put("success", true);
            }
            case COMMITTED -> {
                job.put("running", false);
                job.put("success", status.isValid());
                job.put("tracechain:blockNumber", status.blockNumber().orElseThrow());
                job.put("tracechain:validationCode", status.validationCode().orElseThrow());
                if (!status.isValid()) {
                    final ObjectNode error = errors.addObject();
                    error.put("type", "epcisException:ImplementationException");
                    error.put("title", "The capture transaction committed invalid; no event was recorded");
                    error.put("status", 409);
                    error.put("detail", "validation code " + status.validationCode().orElseThrow());
                }
            }
            default -> throw new IllegalStateException("unknown transaction state " + status.state());
        }
        Responses.versionHeaders(ctx);
        Responses.json(ctx, 200, job);
    }

    private void events(final Context ctx) {
        final EpcisQuery query = EpcisQueryParameters.read(ctx.queryString(), EpcisQueryParameters.EVENTS,
                Optional.empty());
        answerPage(ctx, query);
    }

    private void eventsOfEpc(final Context ctx) {
        final EpcisQuery query = EpcisQueryParameters.read(ctx.queryString(), EpcisQueryParameters.EPC_EVENTS,
                Optional.of(ctx.pathParam("epc")));
        answerPage(ctx, query);
    }

    private void answerPage(final Context ctx, final EpcisQuery query) {
        final String type = MediaTypes.choose(ctx.header("Accept"), EPCIS_TYPES);
        final EventPage page;
        access.requireChannel(FoodTrace.DEFAULT_CHANNEL);
        StoreReads.awaitRequested(ctx, access.store(), FoodTrace.DEFAULT_CHANNEL);
        try {
            page = access.store().events(query);
        } catch (IllegalArgumentException e) {
            // The store refuses a page token it did not issue (or one of another query).
            throw EpcisQueryParameters.invalid("nextPageToken", "is not a token this server issued for this query");
        }
        ctx.header(Responses.HEIGHT_HEADER, Long.toString(page.height()));
        Responses.nextLink(ctx, page.nextPageToken());
        Responses.epcis(ctx, type, LedgerJson.toJson(queryDocument(page.events(), Instant.now())));
    }

    private void event(final Context ctx) {
        EpcisQueryParameters.parse(ctx.queryString(), NO_PARAMETERS);
        final String eventId = EpcisQueryParameters.uri("eventID", ctx.pathParam("eventID"));
        final String type = MediaTypes.choose(ctx.header("Accept"), EPCIS_TYPES);
        access.requireChannel(FoodTrace.DEFAULT_CHANNEL);
        StoreReads.awaitRequested(ctx, access.store(), FoodTrace.DEFAULT_CHANNEL);
        final StoredEvent event = access.store().event(eventId)
                .orElseThrow(() -> notFound("no event " + QueryParameters.visible(eventId)));
        Responses.epcis(ctx, type, LedgerJson.toJson(queryDocument(List.of(event), Instant.now())));
    }

    /** The binding's answer to a query: an {@code EPCISQueryDocument} of a {@code SimpleEventQuery}. */
    static ObjectNode queryDocument(final List<StoredEvent> events, final Instant creationDate) {
        final ObjectNode document = NODES.objectNode();
        final ArrayNode contexts = document.putArray("@context");
        contexts.add(EpcisExport.EPCIS_CONTEXT);
        contexts.addObject().put("tracechain", EpcisExport.TRACECHAIN_NAMESPACE);
        document.put("type", "EPCISQueryDocument");
        document.put("schemaVersion", "2.0");
        document.put("creationDate", creationDate.truncatedTo(ChronoUnit.SECONDS).toString());
        final ObjectNode results = document.putObject("epcisBody").putObject("queryResults");
        results.put("queryName", "SimpleEventQuery");
        final ArrayNode eventList = results.putObject("resultsBody").putArray("eventList");
        events.forEach(event -> eventList.add(event.epcisEvent()));
        return document;
    }

    private static ApiProblem notFound(final String detail) {
        return new ApiProblem(404, "NOT_FOUND", detail, Map.of("epcisException", "NoSuchNameException"));
    }
}
