// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.chaincode.testing.GuangdongScenario;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.client.Committed;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.TransactionRefusedException;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.client.food.export.EpcisExport;
import org.tracechain.client.testing.EpcisSchema;
import org.tracechain.client.testing.FakeGateway;
import org.tracechain.client.testing.InMemoryFoodChaincode;
import org.tracechain.client.testing.TestCredentials;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.ImportEventsResult;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.identity.Role;

/**
 * An EPCIS capture document from a trading partner goes through the SDK ({@code FoodTrace.importEpcis}), the
 * fake gateway and the real foodtrace chaincode on the in-memory ledger with the Guangdong scenario's master
 * data; the lots are traced, the trace exported as EPCIS, and every exported event compared with the event it was
 * captured from: same eventID, type, action, business step, disposition, time, read point and business location,
 * classes and quantities, container, inputs and outputs, parties, locations and business transactions.
 */
class EpcisRoundTripTest {

    @TempDir
    Path home;

    private InMemoryLedger ledger;
    private FakeGateway gateway;
    private LedgerClient client;
    private FoodTrace food;

    @BeforeEach
    void connect() throws Exception {
        ledger = GuangdongScenario.masterDataOnly();
        ledger.setClock(Instant.parse("2026-01-07T02:00:00Z"));
        gateway = FakeGateway.start();
        new InMemoryFoodChaincode(ledger, TestIdentities.client("ProcMSP", "packer", Role.PRODUCER, Role.PROCESSOR))
                .attach(gateway);
        client = LedgerClient.newBuilder()
                .identity(TestCredentials.identity(home, "producer", "processor", "ProcMSP", "processor"))
                .connection(gateway.channel()).connect();
        food = FoodTrace.of(client);
    }

    @AfterEach
    void close() {
        client.close();
        gateway.close();
    }

    @Test
    void a_captured_document_is_traced_and_exported_event_by_event_as_it_came_in() throws Exception {
        final String captured = EpcisImportTest.partnerCapture();
        final Committed<ImportEventsResult> imported = food.importEpcis(captured);
        assertThat(imported.value().events()).hasSize(7);
        assertThat(gateway.calls().stream().filter(c -> c.transactionName().endsWith("ImportEvents")).count())
                .as("one transaction for the whole document").isEqualTo(1);

        final List<TraceResult> traces = List.of(food.traceForward("IMP-F1"), food.traceForward("IMP-F2"));
        final Map<String, TrackingEvent> events = new LinkedHashMap<>();
        traces.forEach(t -> t.events().forEach(e -> events.putIfAbsent(e.eventId(), e)));
        final List<TrackingEvent> ordered = events.values().stream()
                .sorted(java.util.Comparator.comparing((TrackingEvent e) -> e.body().eventTime())
                        .thenComparing(TrackingEvent::eventId))
                .toList();
        assertThat(ordered).extracting(e -> e.body().kind()).containsExactly(EventKind.REGISTER, EventKind.COOL,
                EventKind.REGISTER, EventKind.TRANSFORM, EventKind.AGGREGATE, EventKind.DISAGGREGATE, EventKind.SHIP);
        final var lots = new LinkedHashMap<String, org.tracechain.model.food.Lot>();
        traces.forEach(t -> t.lots().forEach(l -> lots.putIfAbsent(l.lotId(), l)));
        final JsonNode exported = EpcisExport.document(lots.values(), ordered, List.of(),
                org.tracechain.client.food.export.MasterData.of(traces), Instant.parse("2026-01-08T00:00:00Z"));
        assertThat(EpcisSchema.errors(exported)).isEmpty();

        final Map<String, Map<String, Object>> in = byEventId(new ObjectMapper().readTree(captured));
        final Map<String, Map<String, Object>> out = byEventId(exported);
        assertThat(out.keySet()).containsExactlyElementsOf(in.keySet());
        for (final String eventId : in.keySet()) {
            assertThat(out.get(eventId)).as(eventId).isEqualTo(in.get(eventId));
        }
    }

    @Test
    void a_document_the_chaincode_refuses_leaves_the_ledger_as_it_was_and_names_the_event() throws Exception {
        final String captured = EpcisImportTest.partnerCapture().replace(
                "/10/IMP-F1\", \"quantity\": 120, \"uom\": \"KGM\"},", "/10/IMP-F1\", \"quantity\": 121, \"uom\": \"KGM\"},");
        assertThat(captured).isNotEqualTo(EpcisImportTest.partnerCapture());
        final var before = ledger.snapshot();
        assertThatThrownBy(() -> food.importEpcis(captured)).isInstanceOfSatisfying(TransactionRefusedException.class,
                e -> {
                    assertThat(e.code()).contains("INSUFFICIENT_QUANTITY");
                    assertThat(e.chaincodeMessage()).startsWith("event 3 (urn:uuid:2f0d3c1e-6a1b-4e6f-9c5d-1a2b3c4d5e04)");
                });
        assertThat(ledger.snapshot()).isEqualTo(before);
    }

    @Test
    void an_unmappable_document_sends_nothing() throws Exception {
        final int calls = gateway.calls().size();
        assertThatThrownBy(() -> food.importEpcis(EpcisImportTest.partnerCapture().replace("\"shipping\"",
                "\"departing\""))).isInstanceOf(EpcisImportException.class);
        assertThat(gateway.calls().stream().skip(calls).filter(c -> c.transactionName().endsWith("ImportEvents")))
                .isEmpty();
    }

    // ---- comparison --------------------------------------------------------------------------------------

    /** Every event of a document in a canonical form: what it says, independent of how identifiers are spelled. */
    private static Map<String, Map<String, Object>> byEventId(final JsonNode document) {
        final Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        document.path("epcisBody").path("eventList").forEach(e -> out.put(e.path("eventID").asText(), canonical(e)));
        return out;
    }

    private static Map<String, Object> canonical(final JsonNode event) {
        final Map<String, Object> out = new TreeMap<>();
        out.put("type", event.path("type").asText());
        out.put("action", event.path("action").asText(""));
        out.put("bizStep", bare(event.path("bizStep").asText(), "bizstep", "BizStep"));
        out.put("disposition", bare(event.path("disposition").asText("active"), "disp", "Disp"));
        out.put("eventTime", OffsetDateTime.parse(event.path("eventTime").asText()).toInstant());
        out.put("readPoint", location(event.path("readPoint").path("id").asText()));
        if (event.has("bizLocation")) {
            out.put("bizLocation", location(event.path("bizLocation").path("id").asText()));
        }
        for (final String list : List.of("quantityList", "inputQuantityList", "outputQuantityList",
                "childQuantityList")) {
            if (event.has(list)) {
                final List<String> quantities = new ArrayList<>();
                event.get(list).forEach(q -> quantities.add(EpcisUris.lgtin(q.path("epcClass").asText()).orElseThrow()
                        + " " + (q.has("quantity") ? q.get("quantity").decimalValue().stripTrailingZeros().toPlainString()
                                + " " + q.path("uom").asText() : "")));
                out.put(list, quantities);
            }
        }
        if (event.has("parentID")) {
            out.put("parentID", EpcisUris.containerId(event.get("parentID").asText()).orElseThrow());
        }
        for (final String list : List.of("sourceList", "destinationList")) {
            if (event.has(list)) {
                final TreeSet<String> entries = new TreeSet<>();
                final String field = list.equals("sourceList") ? "source" : "destination";
                event.get(list).forEach(s -> entries.add(s.path("type").asText() + " "
                        + (s.path("type").asText().equals("location") ? location(s.path(field).asText())
                                : EpcisUris.pgln(s.path(field).asText()).orElse(s.path(field).asText()))));
                out.put(list, entries);
            }
        }
        if (event.has("bizTransactionList")) {
            final TreeSet<String> transactions = new TreeSet<>();
            event.get("bizTransactionList").forEach(b -> transactions.add(b.path("type").asText() + " "
                    + b.path("bizTransaction").asText()));
            out.put("bizTransactionList", transactions);
        }
        return out;
    }

    private static String location(final String uri) {
        return EpcisUris.location(uri).map(Object::toString).or(() -> EpcisUris.siteId(uri)).orElse(uri);
    }

    private static String bare(final String value, final String urn, final String web) {
        return value.replace("urn:epcglobal:cbv:" + urn + ":", "").replace("https://ref.gs1.org/cbv/" + web + "-", "");
    }
}
