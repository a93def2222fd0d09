// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import io.openepcis.epc.translator.Converter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tracechain.model.identifier.Gs1DigitalLink;

/**
 * The client's own EPC URN reading, checked against OpenEPCIS's translator (io.openepcis
 * openepcis-epc-digitallink-translator 0.9.2, a test dependency only): for every URN both must give the same
 * GS1 Digital Link. The client keeps its own converter because it needs only these five schemes, reads them
 * without a company-prefix table, and the translator would add its dependencies to the CLI.
 */
class EpcisUrisTest {

    private final Converter openepcis = new Converter();

    @ParameterizedTest
    @ValueSource(strings = {"urn:epc:class:lgtin:6901234.056789.IMP-F1", "urn:epc:class:lgtin:0614141.011111.987",
            "urn:epc:class:lgtin:4012345.012345.998877", "urn:epc:class:lgtin:061414123.4567.AB%2FC"})
    void lgtin_urns_read_as_openepcis_translates_them(final String urn) throws Exception {
        final EpcisUris.GtinLot ours = EpcisUris.lgtin(urn).orElseThrow();
        assertThat(Gs1DigitalLink.lgtin(ours.gtin(), ours.lot())).isEqualTo(openepcis.toURIForClassLevelIdentifier(urn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"urn:epc:id:sgln:6901234.00008.0", "urn:epc:id:sgln:4012345.00011.987",
            "urn:epc:id:sgln:4012345.00005.0", "urn:epc:id:sgln:0614141.12345.400"})
    void sgln_urns_read_as_openepcis_translates_them(final String urn) throws Exception {
        final EpcisUris.Location ours = EpcisUris.location(urn).orElseThrow();
        assertThat(Gs1DigitalLink.location(ours.gln(), ours.extension())).isEqualTo(openepcis.toURI(urn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"urn:epc:id:pgln:6901234.00007", "urn:epc:id:pgln:4012345.00000",
            "urn:epc:id:pgln:0614141.00000"})
    void pgln_urns_read_as_openepcis_translates_them(final String urn) throws Exception {
        assertThat(Gs1DigitalLink.party(EpcisUris.pgln(urn).orElseThrow())).isEqualTo(openepcis.toURI(urn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"urn:epc:id:sscc:6901234.0000000017", "urn:epc:id:sscc:4012345.0000000333",
            "urn:epc:id:sscc:0614141.1234567890"})
    void sscc_urns_read_as_openepcis_translates_them(final String urn) throws Exception {
        assertThat(Gs1DigitalLink.sscc(EpcisUris.containerId(urn).orElseThrow())).isEqualTo(openepcis.toURI(urn));
    }

    @Test
    void digital_links_and_project_urns_read_back_to_what_the_export_wrote() {
        assertThat(EpcisUris.lgtin("https://id.gs1.org/01/16901234567899/10/A%2FB%2B2"))
                .contains(new EpcisUris.GtinLot("16901234567899", "A/B+2"));
        assertThat(EpcisUris.location("https://id.gs1.org/414/6901234000047/254/PLOT7"))
                .contains(new EpcisUris.Location("6901234000047", "PLOT7"));
        assertThat(EpcisUris.siteId("urn:tracechain:site:MARKET%20STALL")).contains("MARKET STALL");
        assertThat(EpcisUris.uscc("urn:tracechain:party:uscc:91350100M000100Y43")).contains("91350100M000100Y43");
        assertThat(EpcisUris.containerId("urn:tracechain:container:PALLET-7")).contains("PALLET-7");
        assertThat(EpcisUris.lgtin("urn:tracechain:lot:CS:L1")).isEmpty();
    }

    /** Python's {@code uuid.uuid5(UUID('4e0b6f3a-8a66-5a5e-9b1c-2f3d0c7a9e41'), name)} gives the same values. */
    @Test
    void event_ids_are_rfc_4122_version_5_uuids() {
        assertThat(EpcisUris.eventId("6531000000000000000000000000000000000000000000000000000000000000"))
                .isEqualTo("urn:uuid:b7d2b135-6147-57f5-9cc9-6bf7c49af5af");
        assertThat(EpcisUris.eventId("a".repeat(64))).isEqualTo("urn:uuid:6836e98f-f149-58bd-81df-60d3d5a7642b");
    }
}
