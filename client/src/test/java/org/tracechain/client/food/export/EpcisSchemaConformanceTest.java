// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.tracechain.client.testing.EpcisSchema;
import org.tracechain.model.food.BusinessStep;
import org.tracechain.model.food.Disposition;
import org.tracechain.model.food.EventBody;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotOrigin;
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.food.OriginEvent;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;

/**
 * Every EPCIS document the project produces validates against GS1's EPCIS 2.0 JSON Schema with a draft-07
 * validator, with zero errors: the export of every event kind, the Guangdong scenario's traces, a first
 * land-based receiving, and the capture document the import tests use. Negative controls show the validator
 * does reject what the schema forbids.
 */
class EpcisSchemaConformanceTest {

    private static final Instant NOW = Instant.parse("2026-01-08T00:00:00Z");

    private static JsonNode tree(final String json) throws IOException {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void an_export_with_every_event_kind_conforms() {
        final ObjectNode document = EpcisExport.document(TraceFixture.traceBack().lots(), TraceFixture.events(),
                TraceFixture.documents(), TraceFixture.master(), NOW);
        final Set<String> kinds = new TreeSet<>();
        document.path("epcisBody").path("eventList").forEach(e -> kinds.add(e.path("tracechain:kind").asText()));
        assertThat(kinds).containsExactlyInAnyOrder("REGISTER", "INSPECT", "COOL", "TRANSFORM", "AGGREGATE",
                "DISAGGREGATE", "SHIP", "RECEIVE", "SENSOR", "ALERT", "SELL", "HOLD", "RELEASE", "RECALL");
        assertThat(EpcisSchema.errors(document)).isEmpty();
    }

    @Test
    void each_event_kind_on_its_own_conforms() {
        final ObjectNode document = EpcisExport.document(TraceFixture.traceBack().lots(), TraceFixture.events(),
                TraceFixture.documents(), TraceFixture.master(), NOW);
        for (final JsonNode event : document.path("epcisBody").path("eventList")) {
            final ObjectNode single = ((ObjectNode) event.deepCopy());
            single.set("@context", document.get("@context"));
            assertThat(EpcisSchema.errors(single)).as(event.path("tracechain:kind").asText()).isEmpty();
        }
    }

    @Test
    void the_guangdong_scenario_traces_conform() throws IOException {
        final GuangdongExports scenario = GuangdongExports.scenario();
        assertThat(EpcisSchema.errors(EpcisExport.document(scenario.lots(), scenario.events(), scenario.documents(),
                scenario.master(), NOW))).isEmpty();
        for (final TraceResult trace : scenario.traces()) {
            assertThat(EpcisSchema.errors(tree(EpcisExport.toJsonLd(trace, NOW)))).isEmpty();
        }
    }

    @Test
    void a_first_land_based_receiving_conforms() {
        final Lot catchLot = new Lot("FISH-1", "TCFISH1", "urn:tracechain:lot:POMFRET:FISH-1", "POMFRET", null,
                "Silver pomfret", "finfish", new BigDecimal("800"), "kg", new LotOrigin("FV Yue Yu 88", "BAIYUN-HALL",
                        "440500", null, OriginEvent.FIRST_LAND_BASED_RECEIVING, null, LocalDate.parse("2025-12-28"),
                        LocalDate.parse("2025-12-31"), List.of("FAO-61")), "ProducerMSP", LotStatus.ACTIVE, null, null,
                List.of(), "FISH-1", null, null, null, null, null, "x509::CN=receiver", NOW, "tx-1", NOW, "tx-1");
        final TrackingEvent landed = new TrackingEvent("f".repeat(64), EventBody.of(EventKind.REGISTER,
                BusinessStep.CREATING_CLASS_INSTANCE, Disposition.ACTIVE, "ProducerMSP", "x509::CN=receiver", NOW,
                "BAIYUN-HALL", List.of("FISH-1"), null, null).withQuantity(new BigDecimal("800"), "kg"), NOW, "tx-1");
        final ObjectNode document = EpcisExport.document(List.of(catchLot), List.of(landed), List.of(),
                TraceFixture.master(), NOW);
        assertThat(document.path("epcisBody").path("eventList").get(0).path("ilmd").path("tracechain:catchAreas").get(0)
                .asText()).isEqualTo("FAO-61");
        assertThat(EpcisSchema.errors(document)).isEmpty();
    }

    @Test
    void the_capture_document_of_the_import_tests_conforms() throws IOException {
        try (var in = getClass().getResourceAsStream("/org/tracechain/client/food/epcis/partner-capture.jsonld")) {
            assertThat(EpcisSchema.errors(new ObjectMapper().readTree(in))).isEmpty();
        }
    }

    @Test
    void the_validator_rejects_what_the_schema_forbids() {
        final ObjectNode document = EpcisExport.document(TraceFixture.traceBack().lots(), TraceFixture.events(),
                TraceFixture.documents(), TraceFixture.master(), NOW);
        final ObjectNode first = (ObjectNode) document.path("epcisBody").path("eventList").get(0);
        first.remove("eventTimeZoneOffset");
        ((ObjectNode) first.path("quantityList").get(0)).put("uom", "kg");
        first.put("eventTime", "yesterday");
        assertThat(EpcisSchema.errors(document)).hasSizeGreaterThanOrEqualTo(3);
    }
}
