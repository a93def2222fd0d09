// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.chaincode.testing.GuangdongScenario;
import org.tracechain.client.food.export.FsmaCsvExport;
import org.tracechain.client.testing.EpcisSchema;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.json.LedgerJson;
import org.w3c.dom.Document;

/**
 * {@code GET /lots/{lotId}/trace} in its three media types (the lineage as JSON, as a schema-valid EPCIS 2.0
 * document, as an SVG picture), {@code 406} for any other, and {@code GET /lots/{lotId}/fsma} as the FSMA 204
 * spreadsheet, on the Guangdong scenario's ledger.
 */
class TraceApiTest {

    @TempDir
    Path home;

    private FoodApiServer api;

    @BeforeEach
    void start() throws Exception {
        api = new FoodApiServer(GuangdongScenario.run(), GuangdongScenario.REGULATOR, home);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void the_trace_as_json_is_the_sdks_whole_lineage() throws Exception {
        final HttpResponse<String> response = api.get("/lots/GZ-R2/trace?direction=back", "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        final TraceResult trace = LedgerJson.fromJson(response.body(), TraceResult.class);
        assertThat(trace.lots()).extracting(l -> l.lotId()).contains("GZ-R2", GuangdongScenario.PACKED_LOT,
                GuangdongScenario.FARM1_LOT, GuangdongScenario.FARM2_LOT);
        assertThat(trace.truncated()).isFalse();
        assertThat(response.body()).isEqualTo(LedgerJson.toJson(api.food.traceBackAll("GZ-R2",
                LotRoutes.TRACE_PAGE_LOTS)));
        final TraceResult forward = LedgerJson.fromJson(api.get("/lots/" + GuangdongScenario.FARM2_LOT
                + "/trace?direction=forward", null).body(), TraceResult.class);
        assertThat(forward.lots()).extracting(l -> l.lotId()).containsAll(GuangdongScenario.RETAIL_LOTS);
    }

    @Test
    void the_trace_as_epcis_is_a_document_valid_against_gs1s_schema() {
        final HttpResponse<String> response = api.get("/lots/GZ-R2/trace?direction=back", "application/ld+json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/ld+json"));
        assertThat(response.headers().firstValue("GS1-EPCIS-Version")).contains("2.0.0");
        final JsonNode document = LedgerJson.readTree(response.body());
        assertThat(EpcisSchema.errors(document)).isEmpty();
        assertThat(document.path("type").asText()).isEqualTo("EPCISDocument");
        assertThat(document.path("epcisBody").path("eventList")).hasSizeGreaterThan(10);
        assertThat(response.body()).contains("https://id.gs1.org/01/16901234567899/10/GZ-R2");
    }

    @Test
    void the_trace_as_svg_draws_lots_in_custody_with_shipments_and_transformations_as_edges() throws Exception {
        final HttpResponse<String> response = api.get("/lots/GZ-R2/trace?direction=back", "image/svg+xml");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("image/svg+xml"));
        final Document svg = parse(response.body());
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(response.body()).contains(">GZ-R2<", ">GZ-F2-001<", ">GZ-F1-001<", "class=\"shipment\"",
                "class=\"transformation\"", "initial pack", "split", "Farm2MSP · shipped on", "Market2MSP");
    }

    @Test
    void other_media_types_and_a_missing_direction_are_refused() {
        assertThat(api.get("/lots/GZ-R2/trace?direction=back", "text/html").statusCode()).isEqualTo(406);
        assertThat(api.get("/lots/GZ-R2/trace?direction=back", "application/xml").statusCode()).isEqualTo(406);
        assertThat(api.get("/lots/GZ-R2/trace", null).statusCode()).isEqualTo(400);
        assertThat(api.get("/lots/GZ-R2/trace?direction=sideways", null).statusCode()).isEqualTo(400);
        assertThat(api.get("/lots/GZ-R2/trace?direction=back&maxDepth=2", null).statusCode()).isEqualTo(400);
        assertThat(api.get("/lots/GZ-R2/trace?direction=back", "image/*").headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        assertThat(api.get("/lots/NO-SUCH-LOT/trace?direction=back", null).statusCode()).isEqualTo(404);
    }

    @Test
    void the_fsma_204_spreadsheet_of_a_trace() throws Exception {
        final HttpResponse<String> response = api.get("/lots/GZ-R2/fsma?direction=back", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/csv"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"fsma204-GZ-R2-back.csv\"");
        assertThat(response.body()).isEqualTo(FsmaCsvExport.toCsv(api.food.traceBackAll("GZ-R2",
                LotRoutes.TRACE_PAGE_LOTS)));
        assertThat(response.body()).startsWith("Critical Tracking Event,").contains("Initial Packing", "Shipping");
        assertThat(api.get("/lots/GZ-R2/fsma?direction=back", "application/json").statusCode()).isEqualTo(406);
    }

    static Document parse(final String xml) throws Exception {
        final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
