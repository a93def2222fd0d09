// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tracechain.client.food.epcis.EpcisUris;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;

class EpcisExportTest {

    static final Instant EXPORTED = Instant.parse("2026-01-06T09:15:30Z");

    static String golden(final String name) throws IOException {
        try (InputStream in = EpcisExportTest.class.getResourceAsStream(name)) {
            assertThat(in).as("golden file %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode document() throws IOException {
        return new ObjectMapper().readTree(EpcisExport.toJsonLd(TraceFixture.traceBack(), EXPORTED));
    }

    private static Map<String, JsonNode> byKind() throws IOException {
        final Map<String, JsonNode> out = new TreeMap<>();
        document().path("epcisBody").path("eventList").forEach(e -> out.putIfAbsent(e.path("tracechain:kind").asText()
                + (e.has("errorDeclaration") ? "-corrected" : ""), e));
        return out;
    }

    @Test
    void trace_export_matches_the_golden_document_byte_for_byte() throws IOException {
        assertThat(EpcisExport.toJsonLd(TraceFixture.traceBack(), EXPORTED)).isEqualTo(golden("trace-back.epcis.jsonld"));
    }

    @Test
    void the_header_is_epcis_2_0_with_the_gs1_context_and_the_export_time_as_creation_date() throws IOException {
        final JsonNode document = document();
        assertThat(document.path("@context").get(0).asText())
                .isEqualTo("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld");
        assertThat(document.path("@context").get(1).path("tracechain").asText()).isEqualTo("https://tracechain.org/epcis/");
        assertThat(document.path("type").asText()).isEqualTo("EPCISDocument");
        assertThat(document.path("schemaVersion").asText()).isEqualTo("2.0");
        assertThat(document.path("creationDate").asText()).isEqualTo("2026-01-06T09:15:30Z");
        assertThat(document.path("epcisBody").path("eventList")).hasSize(15);
    }

    /** README "EPCIS mapping": type, action, business step, disposition, read point and business location. */
    @Test
    void every_kind_maps_to_its_epcis_event_type_action_step_disposition_and_locations() throws IOException {
        final Map<String, JsonNode> events = byKind();
        final String farm = "https://id.gs1.org/414/6901234000047/254/PLOT7";
        final String hall = "https://id.gs1.org/414/6901234000085";
        final String truck = "urn:tracechain:site:TRUCK-YUE-A12345";
        row(events.get("REGISTER"), "ObjectEvent", "ADD", "creating_class_instance", "active", farm, farm);
        row(events.get("INSPECT"), "ObjectEvent", "OBSERVE", "inspecting", "conformant", farm, null);
        row(events.get("COOL"), "ObjectEvent", "OBSERVE", "https://tracechain.org/epcis/BizStep-cooling", "active",
                farm, farm);
        row(events.get("TRANSFORM"), "TransformationEvent", null, "creating_class_instance", "active", hall, hall);
        row(events.get("AGGREGATE"), "AggregationEvent", "ADD", "packing", "in_progress", hall, hall);
        row(events.get("DISAGGREGATE"), "AggregationEvent", "DELETE", "unpacking", "active", hall, hall);
        row(events.get("SHIP"), "ObjectEvent", "OBSERVE", "shipping", "in_transit", hall, null);
        row(events.get("RECEIVE"), "ObjectEvent", "OBSERVE", "receiving", "in_progress", truck, truck);
        row(events.get("SENSOR"), "ObjectEvent", "OBSERVE", "sensor_reporting", null, truck, null);
        row(events.get("ALERT"), "ObjectEvent", "OBSERVE", "sensor_reporting", "non_conformant", truck, null);
        row(events.get("SELL"), "ObjectEvent", "OBSERVE", "retail_selling", "retail_sold",
                "urn:tracechain:site:MARKET-STALL8", null);
        row(events.get("HOLD"), "ObjectEvent", "OBSERVE", "holding", "non_sellable_other",
                "urn:tracechain:site:GZ-SAMR", null);
        row(events.get("RELEASE"), "ObjectEvent", "OBSERVE", "holding", "active", "urn:tracechain:site:GZ-SAMR", null);
        row(events.get("RECALL"), "ObjectEvent", "OBSERVE", "holding", "recalled", "urn:tracechain:site:GZ-SAMR", null);
    }

    private static void row(final JsonNode event, final String type, final String action, final String bizStep,
            final String disposition, final String readPoint, final String bizLocation) {
        assertThat(event.path("type").asText()).isEqualTo(type);
        assertThat(event.has("action") ? event.get("action").asText() : null).isEqualTo(action);
        assertThat(event.path("bizStep").asText()).isEqualTo(bizStep);
        assertThat(event.has("disposition") ? event.get("disposition").asText() : null).isEqualTo(disposition);
        assertThat(event.path("readPoint").path("id").asText()).isEqualTo(readPoint);
        assertThat(event.has("bizLocation") ? event.get("bizLocation").path("id").asText() : null).isEqualTo(bizLocation);
    }

    @Test
    void event_ids_are_name_based_uuids_of_the_ledger_ids_and_never_claim_the_cbv_hash() throws IOException {
        final JsonNode events = document().path("epcisBody").path("eventList");
        final List<String> ids = new ArrayList<>();
        events.forEach(e -> ids.add(e.path("eventID").asText()));
        assertThat(ids).allMatch(id -> id.matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
                + "[0-9a-f]{12}"));
        assertThat(EpcisExport.toJsonLd(TraceFixture.traceBack(), EXPORTED)).doesNotContain("ni:///", "CBV2.0");
        assertThat(ids.get(0)).isEqualTo(EpcisUris.eventId(TraceFixture.hex("e1")));
        assertThat(EpcisUris.eventId(TraceFixture.hex("e1"))).isEqualTo(EpcisUris.eventId(TraceFixture.hex("e1")));
        final JsonNode corrected = byKind().get("SELL-corrected");
        assertThat(corrected.path("eventID").asText()).isEqualTo(byKind().get("SELL").path("eventID").asText());
        assertThat(corrected.path("errorDeclaration").path("reason").asText()).isEqualTo("incorrect_data");
        assertThat(corrected.path("errorDeclaration").path("tracechain:reasonText").asText()).contains("stall 9");
    }

    @Test
    void parties_and_locations_use_registered_identifiers_never_msp_ids() throws IOException {
        final String text = EpcisExport.toJsonLd(TraceFixture.traceBack(), EXPORTED);
        assertThat(text).doesNotContain("MSP");
        final JsonNode ship = byKind().get("SHIP");
        assertThat(ship.path("sourceList").toString()).contains("owning_party", "https://id.gs1.org/417/6901234000030",
                "location", "https://id.gs1.org/414/6901234000085");
        assertThat(ship.path("destinationList").toString()).contains(
                "urn:tracechain:party:uscc:91440104MA5CXY312G", "urn:tracechain:site:TRUCK-YUE-A12345");
        final JsonNode receive = byKind().get("RECEIVE");
        assertThat(receive.path("sourceList").toString()).as("where it came from: the ship-from site")
                .contains("https://id.gs1.org/414/6901234000085");
        assertThat(ship.path("bizTransactionList").toString()).contains(
                "{\"type\":\"bol\",\"bizTransaction\":\"urn:epcglobal:cbv:bt:6901234000030:BOL-7781\"}",
                "{\"type\":\"desadv\",\"bizTransaction\":\"https://processor.example/desadv-7.pdf\"}");
    }

    @Test
    void event_times_are_local_to_the_site_with_its_offset() throws IOException {
        final JsonNode register = byKind().get("REGISTER");
        assertThat(register.path("eventTime").asText()).isEqualTo("2026-01-05T08:00:00+08:00");
        assertThat(register.path("eventTimeZoneOffset").asText()).isEqualTo("+08:00");
        assertThat(register.path("recordTime").asText()).isEqualTo("2026-01-05T00:00:00Z");
    }

    @Test
    void sensor_reports_carry_each_reading_time_and_the_alert_is_the_excursion() throws IOException {
        final JsonNode sensor = byKind().get("SENSOR");
        assertThat(sensor.path("eventTime").asText()).as("when the last reading was taken")
                .isEqualTo("2026-01-05T10:05:00+08:00");
        final JsonNode element = sensor.path("sensorElementList").get(0);
        assertThat(element.path("sensorReport")).hasSize(3);
        assertThat(element.path("sensorReport").get(1).path("time").asText()).isEqualTo("2026-01-05T02:03:20Z");
        assertThat(element.path("sensorReport").get(1).path("type").asText()).isEqualTo("Temperature");
        assertThat(element.path("sensorReport").get(1).path("uom").asText()).isEqualTo("CEL");
        assertThat(element.path("sensorReport").toString()).doesNotContain("exception");
        assertThat(element.path("sensorMetadata").path("startTime").asText()).isEqualTo("2026-01-05T02:01:40Z");

        final JsonNode alert = byKind().get("ALERT");
        assertThat(alert.path("eventTime").asText()).as("when the excursion began").isEqualTo("2026-01-05T10:03:20+08:00");
        final JsonNode excursion = alert.path("sensorElementList").get(0);
        assertThat(excursion.path("sensorReport")).hasSize(1);
        assertThat(excursion.path("sensorReport").get(0).path("exception").asText()).isEqualTo("ALARM_CONDITION");
        assertThat(excursion.path("sensorReport").get(0).path("maxValue").decimalValue()).isEqualByComparingTo("8.9");
        assertThat(excursion.path("sensorReport").get(0).has("value")).isFalse();
        assertThat(alert.path("tracechain:relatedEventID").asText()).isEqualTo(sensor.path("eventID").asText());
    }

    @Test
    void inspections_carry_certification_info_and_classes_are_gs1_digital_links_with_rec_20_units()
            throws IOException {
        assertThat(byKind().get("INSPECT").path("certificationInfo").asText()).isEqualTo("https://lab.example/cert-1.pdf");
        final JsonNode transform = byKind().get("TRANSFORM");
        assertThat(transform.path("inputQuantityList").get(0).toString()).isEqualTo("{\"epcClass\":"
                + "\"https://id.gs1.org/01/06901234567892/10/GZ-F1\",\"quantity\":250,\"uom\":\"KGM\"}");
        assertThat(transform.path("outputQuantityList").get(0).toString()).isEqualTo("{\"epcClass\":"
                + "\"https://id.gs1.org/01/16901234567899/10/GZ-R1\",\"quantity\":48,\"uom\":\"CS\"}");
        assertThat(transform.path("ilmd").path("tracechain:outputs").get(0).path("productName").asText())
                .isEqualTo("菜心 Choy sum, 5 kg carton");
        assertThat(byKind().get("AGGREGATE").path("parentID").asText()).isEqualTo("https://id.gs1.org/00/" + TraceFixture.SSCC);
        assertThat(byKind().get("REGISTER").path("ilmd").path("tracechain:fieldName").asText()).isEqualTo("Plot 7");
    }

    @Test
    void a_unit_without_a_rec_20_code_is_listed_beside_the_quantity_not_dropped() throws IOException {
        final TrackingEvent boxes = new TrackingEvent(TraceFixture.hex("b"), org.tracechain.model.food.EventBody.of(
                org.tracechain.model.food.EventKind.SELL, "retail_selling", "retail_sold", "DistributorMSP", "x",
                TraceFixture.T0, "MARKET-STALL8", List.of("GZ-R1"), null, null).withQuantity(java.math.BigDecimal.ONE,
                        "bunch"), TraceFixture.T0, "tx");
        final JsonNode event = new ObjectMapper().readTree(EpcisExport.toJsonLd(List.of(TraceFixture.retailLot()),
                List.of(boxes), List.of(), TraceFixture.master(), EXPORTED)).path("epcisBody").path("eventList").get(0);
        assertThat(event.path("quantityList").get(0).has("quantity")).isFalse();
        assertThat(event.path("tracechain:quantityList").get(0).path("unit").asText()).isEqualTo("bunch");
        assertThat(event.path("tracechain:quantityList").get(0).path("quantity").decimalValue()).isEqualByComparingTo("1");
    }

    @Test
    void export_is_deterministic_for_a_given_export_time() {
        final TraceResult trace = TraceFixture.traceBack();
        assertThat(EpcisExport.toJsonLd(trace, EXPORTED)).isEqualTo(EpcisExport.toJsonLd(trace, EXPORTED));
    }
}
