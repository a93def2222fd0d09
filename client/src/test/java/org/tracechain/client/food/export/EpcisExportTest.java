// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;

class EpcisExportTest {

    static String golden(final String name) throws IOException {
        try (InputStream in = EpcisExportTest.class.getResourceAsStream(name)) {
            assertThat(in).as("golden file %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode events(final String json) throws IOException {
        return new ObjectMapper().readTree(json).path("epcisBody").path("eventList");
    }

    @Test
    void trace_export_matches_the_golden_document_byte_for_byte() throws IOException {
        assertThat(EpcisExport.toJsonLd(TraceFixture.traceBack())).isEqualTo(golden("trace-back.epcis.jsonld"));
    }

    @Test
    void document_header_and_one_epcis_event_per_event_with_the_correction_as_error_declaration() throws IOException {
        final JsonNode document = new ObjectMapper().readTree(EpcisExport.toJsonLd(TraceFixture.traceBack()));

        assertThat(document.path("@context").get(0).asText()).isEqualTo("https://ref.gs1.org/standards/epcis/epcis-context.jsonld");
        assertThat(document.path("type").asText()).isEqualTo("EPCISDocument");
        assertThat(document.path("schemaVersion").asText()).isEqualTo("2.0");
        assertThat(document.path("creationDate").asText()).isEqualTo("2026-01-05T03:30:00Z");
        final JsonNode events = document.path("epcisBody").path("eventList");
        assertThat(events).hasSize(10);
        final List<String> types = new ArrayList<>();
        events.forEach(e -> types.add(e.path("type").asText()));
        assertThat(Collections.frequency(types, "TransformationEvent")).isEqualTo(1);
        assertThat(Collections.frequency(types, "ObjectEvent")).isEqualTo(9);

        final JsonNode corrected = events.get(8);
        assertThat(corrected.path("eventID").asText()).isEqualTo(events.get(7).path("eventID").asText());
        assertThat(corrected.path("errorDeclaration").path("declarationTime").asText()).isEqualTo("2026-01-05T03:21:40Z");
        assertThat(corrected.path("errorDeclaration").path("tracechain:reasonText").asText()).contains("stall 9");
        assertThat(events.get(7).has("errorDeclaration")).isFalse();
    }

    @Test
    void commissioning_inspection_transformation_shipping_and_sensor_fields_follow_epcis() throws IOException {
        final JsonNode events = events(EpcisExport.toJsonLd(TraceFixture.traceBack()));

        final JsonNode commission = events.get(0);
        assertThat(commission.path("action").asText()).isEqualTo("ADD");
        assertThat(commission.path("bizStep").asText()).isEqualTo("commissioning");
        assertThat(commission.path("eventID").asText()).isEqualTo("ni:///sha-256;" + TraceFixture.hex("e1") + "?ver=CBV2.0");
        assertThat(commission.path("quantityList").get(0).path("epcClass").asText())
                .isEqualTo("https://id.gs1.org/01/06901234567892/10/GZ-F1");
        assertThat(commission.path("quantityList").get(0).path("quantity").decimalValue()).isEqualByComparingTo("250");
        assertThat(commission.path("quantityList").get(0).path("uom").asText()).isEqualTo("KGM");
        assertThat(commission.path("readPoint").path("id").asText()).isEqualTo("https://id.gs1.org/414/6901234000017");
        assertThat(commission.path("ilmd").path("tracechain:regionCode").asText()).isEqualTo("440117");

        final JsonNode inspection = events.get(1);
        assertThat(inspection.path("action").asText()).isEqualTo("OBSERVE");
        assertThat(inspection.path("disposition").asText()).isEqualTo("conformant");
        assertThat(inspection.path("certificationInfo").asText()).isEqualTo("https://lab.example/cert-1.pdf");

        final JsonNode transformation = events.get(2);
        assertThat(transformation.has("action")).isFalse();
        assertThat(transformation.path("inputQuantityList").get(0).path("epcClass").asText()).endsWith("/10/GZ-F1");
        assertThat(transformation.path("outputQuantityList").get(0).path("epcClass").asText()).endsWith("/10/GZ-R1");
        assertThat(transformation.path("transformationID").asText()).startsWith("urn:tracechain:transformation:");

        final JsonNode shipping = events.get(3);
        assertThat(shipping.path("sourceList").get(0).path("source").asText()).isEqualTo("urn:tracechain:org:ProducerMSP");
        assertThat(shipping.path("destinationList").get(0).path("destination").asText())
                .isEqualTo("urn:tracechain:org:DistributorMSP");
        assertThat(shipping.path("bizTransactionList").get(0).path("bizTransaction").asText())
                .isEqualTo("https://processor.example/desadv-7.pdf");

        final JsonNode sensor = events.get(5).path("sensorElementList").get(0);
        assertThat(sensor.path("sensorReport")).hasSize(2);
        assertThat(sensor.path("sensorReport").get(0).path("type").asText()).isEqualTo("gs1:Temperature");
        assertThat(sensor.path("sensorReport").get(0).path("uom").asText()).isEqualTo("CEL");
        assertThat(sensor.path("sensorReport").get(0).has("exception")).isFalse();
        assertThat(sensor.path("sensorReport").get(1).path("exception").asText()).isEqualTo("ALARM_CONDITION");
        assertThat(events.get(9).path("disposition").asText()).isEqualTo("recalled");
    }

    @Test
    void export_is_deterministic_and_independent_of_the_clock() {
        final TraceResult trace = TraceFixture.traceBack();
        assertThat(EpcisExport.toJsonLd(trace)).isEqualTo(EpcisExport.toJsonLd(trace));
    }

    @Test
    void sites_become_gln_digital_links_uris_or_urns() {
        assertThat(EpcisExport.locationUri("6901234000017")).isEqualTo("https://id.gs1.org/414/6901234000017");
        assertThat(EpcisExport.locationUri("urn:epc:id:sgln:0614141.00777.0")).isEqualTo("urn:epc:id:sgln:0614141.00777.0");
        assertThat(EpcisExport.locationUri("Market 1, stall 8")).isEqualTo("urn:tracechain:site:Market%201%2C%20stall%208");
    }

    @Test
    void events_of_lots_outside_the_trace_get_a_urn_class() throws IOException {
        final List<TrackingEvent> events = List.of(TraceFixture.events().get(0));
        final JsonNode exported = events(EpcisExport.toJsonLd(List.of(), events, List.of()));
        assertThat(exported.get(0).path("quantityList").get(0).path("epcClass").asText())
                .isEqualTo("urn:tracechain:lot:GZ-F1");
        assertThat(exported.get(0).has("ilmd")).isFalse();
    }
}
