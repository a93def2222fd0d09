// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tracechain.model.food.ImportEventsRequest;
import org.tracechain.model.food.ImportedEvent;
import org.tracechain.model.food.TransformKind;

/** Mapping EPCIS events to foodtrace requests, and refusing (with index and reason) what cannot be mapped. */
class EpcisImportTest {

    /** The Guangdong scenario's registrations: the packing hall, the truck, the packer and the carrier. */
    static final EpcisResolver RESOLVER = new EpcisResolver() {
        private final Map<String, String> sites = Map.of("6901234000085", "BAIYUN-HALL");
        private final Map<String, String> parties = Map.of("6901234000078", "ProcMSP", "6901234000092", "CarrierMSP");

        @Override
        public Optional<String> siteId(final String uri) {
            return EpcisUris.location(uri).filter(l -> l.extension() == null).map(l -> sites.get(l.gln()))
                    .or(() -> EpcisUris.siteId(uri).filter("TRUCK-YUE-A12345"::equals));
        }

        @Override
        public Optional<String> mspId(final String uri) {
            return EpcisUris.pgln(uri).map(parties::get);
        }
    };

    static String partnerCapture() throws IOException {
        try (InputStream in = EpcisImportTest.class.getResourceAsStream("partner-capture.jsonld")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void every_event_maps_to_its_transaction_with_identifiers_read_from_any_epc_spelling() throws Exception {
        final ImportEventsRequest request = EpcisImport.map(partnerCapture(), RESOLVER);
        assertThat(request.events()).hasSize(7);
        final ImportedEvent commission = request.events().get(0);
        assertThat(commission.epcisEventId()).isEqualTo("urn:uuid:2f0d3c1e-6a1b-4e6f-9c5d-1a2b3c4d5e01");
        assertThat(commission.registerLot().lotId()).isEqualTo("IMP-F1");
        assertThat(commission.registerLot().gtin()).isEqualTo("06901234567892");
        assertThat(commission.registerLot().productCode()).as("no product code given: the GTIN").isEqualTo("06901234567892");
        assertThat(commission.registerLot().unit()).as("the uom exactly as sent").isEqualTo("KGM");
        assertThat(commission.registerLot().origin().site()).isEqualTo("BAIYUN-HALL");
        assertThat(commission.registerLot().origin().fieldName()).isEqualTo("Plot 9");
        assertThat(commission.registerLot().references()).extracting(r -> r.type() + " " + r.number())
                .containsExactly("po urn:epcglobal:cbv:bt:6901234000078:PO-8842");
        assertThat(request.events().get(1).cool().lotId()).isEqualTo("IMP-F1");
        assertThat(request.events().get(2).registerLot().productCode()).isEqualTo("CS-BULK");
        assertThat(request.events().get(3).transform().kind()).isEqualTo(TransformKind.INITIAL_PACK);
        assertThat(request.events().get(3).transform().outputs().get(0).gtin()).isEqualTo("16901234567899");
        assertThat(request.events().get(4).aggregate().containerId()).isEqualTo("069012340000000177");
        assertThat(request.events().get(5).disaggregate().lotIds()).containsExactly("IMP-P1");
        assertThat(request.events().get(6).ship().toMspId()).isEqualTo("CarrierMSP");
        assertThat(request.events().get(6).ship().toSite()).isEqualTo("TRUCK-YUE-A12345");
        assertThat(request.events().get(6).ship().site()).isEqualTo("BAIYUN-HALL");
    }

    @Test
    void every_unmappable_event_is_named_with_its_index_and_reason_before_anything_is_sent() throws Exception {
        final String document = partnerCapture()
                .replace("\"readPoint\": {\"id\": \"urn:epc:id:sgln:6901234.00008.0\"},\n        \"bizLocation\": {\"id\": "
                        + "\"urn:epc:id:sgln:6901234.00008.0\"},\n        \"bizTransactionList\"", "\"readPoint\": {\"id\": "
                        + "\"urn:epc:id:sgln:6901234.00099.0\"},\n        \"bizTransactionList\"")
                .replace("\"bizStep\": \"packing\"", "\"bizStep\": \"loading\"")
                .replace("\"tracechain:note\": \"forced-air cooling\"", "\"example:colour\": \"green\"");
        assertThatThrownBy(() -> EpcisImport.map(document, RESOLVER)).isInstanceOfSatisfying(
                EpcisImportException.class, e -> assertThat(e.problems()).extracting(EpcisImportException.Problem::toString)
                        .containsExactly(
                                "event 0 (urn:uuid:2f0d3c1e-6a1b-4e6f-9c5d-1a2b3c4d5e01): readPoint "
                                        + "urn:epc:id:sgln:6901234.00099.0 is not a registered site",
                                "event 1 (urn:uuid:2f0d3c1e-6a1b-4e6f-9c5d-1a2b3c4d5e02): example:colour cannot be "
                                        + "recorded by the ledger",
                                "event 4 (urn:uuid:2f0d3c1e-6a1b-4e6f-9c5d-1a2b3c4d5e05): an AggregationEvent ADD "
                                        + "with bizStep loading has no foodtrace transaction (ADD packing and DELETE "
                                        + "unpacking are imported)"));
    }

    @Test
    void other_event_types_instances_sensor_data_and_foreign_dispositions_are_refused() throws Exception {
        final String document = "{\"type\":\"EPCISDocument\",\"schemaVersion\":\"2.0\",\"epcisBody\":{\"eventList\":["
                + "{\"type\":\"TransactionEvent\",\"action\":\"ADD\",\"eventTime\":\"2026-01-07T08:00:00Z\"},"
                + "{\"type\":\"ObjectEvent\",\"action\":\"OBSERVE\",\"eventTime\":\"2026-01-07T08:00:00Z\","
                + "\"epcList\":[\"https://id.gs1.org/01/06901234567892/21/1\"],\"bizStep\":\"shipping\"},"
                + "{\"type\":\"ObjectEvent\",\"action\":\"OBSERVE\",\"eventTime\":\"2026-01-07T08:00:00Z\","
                + "\"bizStep\":\"receiving\",\"disposition\":\"active\",\"readPoint\":{\"id\":"
                + "\"https://id.gs1.org/414/6901234000085\"},\"quantityList\":[{\"epcClass\":"
                + "\"https://id.gs1.org/01/06901234567892/10/L1\"}]},"
                + "{\"type\":\"ObjectEvent\",\"action\":\"OBSERVE\",\"eventTime\":\"2026-01-07T08:00:00Z\","
                + "\"bizStep\":\"sensor_reporting\",\"readPoint\":{\"id\":\"https://id.gs1.org/414/6901234000085\"},"
                + "\"quantityList\":[{\"epcClass\":\"https://id.gs1.org/01/06901234567892/10/L1\"}]}]}}";
        assertThatThrownBy(() -> EpcisImport.map(document, RESOLVER)).isInstanceOfSatisfying(
                EpcisImportException.class, e -> assertThat(e.problems()).extracting(EpcisImportException.Problem::index,
                        EpcisImportException.Problem::reason).containsExactly(
                                org.assertj.core.groups.Tuple.tuple(0, "a TransactionEvent has no foodtrace transaction "
                                        + "(ObjectEvent, AggregationEvent and TransformationEvent are imported)"),
                                org.assertj.core.groups.Tuple.tuple(1, "epcList names instances; the ledger records "
                                        + "lots by class (quantityList)"),
                                org.assertj.core.groups.Tuple.tuple(2, "disposition active is not the in_progress the "
                                        + "matching transaction records"),
                                org.assertj.core.groups.Tuple.tuple(3, "an ObjectEvent OBSERVE with bizStep "
                                        + "sensor_reporting has no foodtrace transaction (shipping, receiving, "
                                        + "retail_selling and cooling are imported)")));
    }

    @Test
    void a_document_must_be_epcis_2_0_with_at_most_a_hundred_events() {
        assertThatThrownBy(() -> EpcisImport.map("{\"type\":\"EPCISQueryDocument\",\"schemaVersion\":\"1.2\","
                + "\"epcisBody\":{\"eventList\":[]}}", RESOLVER)).isInstanceOfSatisfying(EpcisImportException.class,
                        e -> assertThat(e.problems()).hasSize(3));
        assertThatThrownBy(() -> EpcisImport.map("{\"type\":", RESOLVER)).isInstanceOf(EpcisImportException.class);
    }

    @Test
    void an_event_without_an_event_id_gets_a_stable_name_based_one() throws Exception {
        final String document = partnerCapture().replace("\"eventID\": \"urn:uuid:2f0d3c1e-6a1b-4e6f-9c5d-1a2b3c4d5e01\",",
                "");
        final String first = EpcisImport.map(document, RESOLVER).events().get(0).epcisEventId();
        assertThat(first).startsWith("urn:uuid:").isEqualTo(EpcisImport.map(document, RESOLVER).events().get(0)
                .epcisEventId());
        assertThat(EpcisImport.map(document, RESOLVER).events().get(0).registerLot().quantity())
                .isEqualByComparingTo(new BigDecimal("120"));
    }
}
