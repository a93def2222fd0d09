// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.client.it.Identity;
import org.tracechain.client.it.LiveNetworkExtension;
import org.tracechain.model.food.LotQuery;
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.network.FabricNetwork;
import org.tracechain.server.ApiAreas;
import org.tracechain.server.TraceChainServer;
import org.tracechain.server.auth.TokenStore;
import org.tracechain.server.store.DatabaseSettings;
import org.tracechain.server.store.OrganizationStore;

/**
 * The figures of the query store on the live network; not part of CI. Run with {@code -Dtracechain.bench=true}.
 * The producer's server runs in-process with its query store in the network's PostgreSQL, fed by block events, as
 * {@code tracechain serve} runs it. (a) {@code POST /capture} of EPCIS documents of 100 commissioning events each
 * (the capture limit), {@code tracechain.bench.parallel} at a time (default 4) for
 * {@code tracechain.bench.captureSeconds} (default 600): the time of each capture, p50/p95, per capture and per
 * event. (b) The same questions answered by {@code GET /events} from the store and by the chaincode's closest range
 * query through the SDK, p50/p95 of {@code tracechain.bench.runs} (default 200) runs each, over every event captured.
 * The report is printed and written to {@code target/event-api-benchmark.txt}.
 */
@ExtendWith(LiveNetworkExtension.class)
class EventApiBenchmarkIT {

    private static final String ORG = "producer";
    private static final int EVENTS_PER_CAPTURE = 100;
    private static final String PRODUCT = "CS-BULK";
    private static final String SITE = "urn:tracechain:site:" + System.getProperty("tracechain.bench.site",
            "FARM1-PLOT7");
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private URI base;
    private String token;

    @Test
    void capture_and_events_queries_store_versus_chaincode(final FabricNetwork network,
            @Identity(org = ORG, user = "farmer") final LedgerClient farmer) throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("tracechain.bench"), "set -Dtracechain.bench=true to run");
        final Path home = network.home();
        token = TokenStore.open(home, ORG).create("farmer", Optional.of(Duration.ofHours(3))).token();
        final OrganizationStore store = OrganizationStore.open(DatabaseSettings.fromNetworkHome(home), home, ORG,
                OrganizationStore.DEFAULT_USER);
        final StringBuilder report = new StringBuilder();
        try (TraceChainServer server = TraceChainServer.newBuilder().home(home).organization(ORG)
                .routes(ApiAreas.all().toArray(TraceChainServer.RoutesFactory[]::new))
                .queryStore(store.queryStore()).build().start()) {
            base = server.uri();
            final Capture captured = capture(report);
            assertThat(captured.events()).as("events captured").isPositive();
            assertThat(store.queryStore().awaitBlock("foodtrace", captured.lastBlock(), Duration.ofMinutes(5)))
                    .as("the store has projected the last capture's block").isTrue();
            queries(FoodTrace.of(farmer), captured, report);
        } finally {
            store.close();
        }
        System.out.print(report);
        Files.writeString(Path.of("target", "event-api-benchmark.txt"), report.toString());
    }

    /** What the capture phase left on the ledger: its lots in order, the window of their event times. */
    record Capture(int events, long lastBlock, List<String> lots, Instant first, Instant last) {}

    private Capture capture(final StringBuilder report) throws Exception {
        final int parallel = Integer.getInteger("tracechain.bench.parallel", 4);
        final long budgetNanos = Duration.ofSeconds(Long.getLong("tracechain.bench.captureSeconds", 600)).toNanos();
        final List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        final List<String> lots = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger sequence = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        final AtomicReference<String> firstFailure = new AtomicReference<>();
        final AtomicLong lastBlock = new AtomicLong();
        final Instant first = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        final long start = System.nanoTime();
        final ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            final List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < parallel; w++) {
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() - start < budgetNanos) {
                        final int n = sequence.getAndIncrement();
                        final List<String> docLots = new ArrayList<>();
                        for (int i = 0; i < EVENTS_PER_CAPTURE; i++) {
                            docLots.add("BENCH-" + RUN + "-" + n + "-" + i);
                        }
                        final long t = System.nanoTime();
                        final HttpResponse<String> answer = send(HttpRequest.newBuilder(base.resolve("capture"))
                                .header("Content-Type", "application/ld+json")
                                .POST(HttpRequest.BodyPublishers.ofString(document(docLots, Instant.now()))));
                        final long elapsed = (System.nanoTime() - t) / 1000;
                        if (answer.statusCode() == 202) {
                            micros.add(elapsed);
                            lots.addAll(docLots);
                            lastBlock.accumulateAndGet(LedgerJson.readTree(answer.body()).path("blockNumber")
                                    .asLong(), Math::max);
                        } else {
                            failures.incrementAndGet();
                            firstFailure.compareAndSet(null, answer.statusCode() + " " + answer.body());
                        }
                    }
                    return null;
                }));
            }
            for (final Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        final double seconds = (System.nanoTime() - start) / 1e9;
        final Instant last = Instant.now().plusSeconds(1);
        final List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        report.append(String.format("POST /capture, %d events per document, %d in parallel, %.0f s: %d captures "
                + "(%,d events) committed, %d refused%s%n", EVENTS_PER_CAPTURE, parallel, seconds, sorted.size(),
                sorted.size() * EVENTS_PER_CAPTURE, failures.get(), firstFailure.get() == null ? ""
                        : " (first: " + firstFailure.get().substring(0, Math.min(200, firstFailure.get().length()))
                                + ")"));
        if (!sorted.isEmpty()) {
            report.append(String.format("  per capture  p50 %8.1f ms  p95 %8.1f ms%n", p(sorted, 50) / 1000.0,
                    p(sorted, 95) / 1000.0));
            report.append(String.format("  per event    p50 %8.2f ms  p95 %8.2f ms  (capture time / 100)%n",
                    p(sorted, 50) / 1000.0 / EVENTS_PER_CAPTURE, p(sorted, 95) / 1000.0 / EVENTS_PER_CAPTURE));
            report.append(String.format("  throughput   %.0f events/s%n", sorted.size() * EVENTS_PER_CAPTURE
                    / seconds));
        }
        return new Capture(sorted.size() * EVENTS_PER_CAPTURE, lastBlock.get(), List.copyOf(lots), first, last);
    }

    @FunctionalInterface
    interface Question {
        int ask() throws Exception;
    }

    private void queries(final FoodTrace food, final Capture captured, final StringBuilder report) throws Exception {
        final int runs = Integer.getInteger("tracechain.bench.runs", 200);
        final String lot = captured.lots().get(captured.lots().size() / 2);
        final String epc = "urn:tracechain:lot:" + PRODUCT + ":" + lot;
        // A one-minute window in the middle of the capture phase.
        final Instant middle = captured.first().plusMillis(Duration.between(captured.first(), captured.last())
                .toMillis() / 2).truncatedTo(ChronoUnit.SECONDS);
        final Instant to = middle.plusSeconds(60);
        report.append(String.format("Queries over the %,d events captured (and what the ledger held before), %d runs "
                + "each, after 10 warm-up runs:%n", captured.events(), runs));
        measure(report, runs, "one lot: GET /events?MATCH_anyEPC=<lot> (store)", () -> events(
                "MATCH_anyEPC=" + enc(epc) + "&perPage=100"));
        measure(report, runs, "one lot: GET /epcs/<lot>/events (store)", () -> count(get("epcs/" + enc(epc)
                + "/events")));
        measure(report, runs, "one lot: SDK allEventsOfLot (chaincode EventsByLot)", () -> food.allEventsOfLot(lot)
                .size());
        measure(report, runs, "bizStep + 1 min window, 30: GET /events (store)", () -> events(
                "EQ_bizStep=creating_class_instance&GE_eventTime=" + enc(middle.toString()) + "&LT_eventTime="
                        + enc(to.toString()) + "&perPage=30"));
        measure(report, runs, "1 min window, 30: SDK lotsByRegistrationDate (chaincode)", () -> food
                .lotsByRegistrationDate(new LotQuery(null, null, null, middle, to, null, null, null, 30, null))
                .items().size());
        measure(report, runs, "first page, 30: GET /events (store)", () -> events("perPage=30"));
        measure(report, runs, "first page, 30: SDK lotsByStatus ACTIVE (chaincode)", () -> food.lotsByStatus(
                new LotQuery(null, null, LotStatus.ACTIVE, null, null, null, null, null, 30, null)).items().size());
        measure(report, runs, "first page, 1000: GET /events (store)", () -> events("perPage=1000"));
        measure(report, runs, "first page, 500: SDK lotsByStatus ACTIVE (chaincode)", () -> food.lotsByStatus(
                new LotQuery(null, null, LotStatus.ACTIVE, null, null, null, null, null, 500, null)).items().size());
    }

    private static void measure(final StringBuilder report, final int runs, final String what,
            final Question question) throws Exception {
        for (int i = 0; i < 10; i++) {
            question.ask();
        }
        final List<Long> micros = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < runs; i++) {
            final long start = System.nanoTime();
            size = question.ask();
            micros.add((System.nanoTime() - start) / 1000);
        }
        Collections.sort(micros);
        assertThat(size).as(what).isPositive();
        report.append(String.format("  %-58s %4d results  p50 %7.2f ms  p95 %7.2f ms%n", what, size,
                p(micros, 50) / 1000.0, p(micros, 95) / 1000.0));
    }

    private int events(final String query) throws Exception {
        return count(get("events?" + query));
    }

    private static int count(final HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return LedgerJson.readTree(answer.body()).path("epcisBody").path("queryResults").path("resultsBody")
                .path("eventList").size();
    }

    private HttpResponse<String> get(final String path) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    private HttpResponse<String> send(final HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(final String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static long p(final List<Long> sorted, final int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100));
    }

    /** An EPCIS 2.0 document commissioning each lot (50 kg) at the producer's site, at {@code time}. */
    private static String document(final List<String> lots, final Instant time) {
        final String at = OffsetDateTime.ofInstant(time.truncatedTo(ChronoUnit.MILLIS), CHINA).toString();
        final StringBuilder events = new StringBuilder();
        for (final String lot : lots) {
            if (!events.isEmpty()) {
                events.append(',');
            }
            events.append("{\"type\":\"ObjectEvent\",\"eventTime\":\"").append(at)
                    .append("\",\"eventTimeZoneOffset\":\"+08:00\",\"action\":\"ADD\",")
                    .append("\"bizStep\":\"creating_class_instance\",\"disposition\":\"active\",")
                    .append("\"quantityList\":[{\"epcClass\":\"urn:tracechain:lot:").append(PRODUCT).append(':')
                    .append(lot).append("\",\"quantity\":50,\"uom\":\"KGM\"}],")
                    .append("\"readPoint\":{\"id\":\"").append(SITE).append("\"},\"bizLocation\":{\"id\":\"")
                    .append(SITE).append("\"},")
                    .append("\"ilmd\":{\"tracechain:productCode\":\"").append(PRODUCT)
                    .append("\",\"tracechain:productName\":\"Choy sum\"}}");
        }
        return "{\"@context\":[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\","
                + "{\"tracechain\":\"https://tracechain.org/epcis/\"}],\"type\":\"EPCISDocument\","
                + "\"schemaVersion\":\"2.0\",\"creationDate\":\"" + at + "\",\"epcisBody\":{\"eventList\":["
                + events + "]}}";
    }
}
