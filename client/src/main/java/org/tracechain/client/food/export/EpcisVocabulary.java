// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.export;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tracechain.model.identifier.Gs1DigitalLink;

/**
 * Translations from the ledger's free-form values to EPCIS vocabularies: units of measure to UN/ECE
 * Recommendation 20 codes, measured quantities to GS1 measurement types, document types to CBV business
 * transaction types. A value without a translation is never forced into one: the export says so instead.
 */
final class EpcisVocabulary {

    /** Units the ledger commonly records, by lower-case spelling, and their UN/ECE Rec 20 codes. */
    private static final Map<String, String> UNIT_CODES = Map.ofEntries(Map.entry("kg", "KGM"), Map.entry("g", "GRM"),
            Map.entry("t", "TNE"), Map.entry("l", "LTR"), Map.entry("ml", "MLT"), Map.entry("lb", "LBR"),
            Map.entry("cel", "CEL"), Map.entry("pcs", "H87"), Map.entry("ea", "H87"), Map.entry("box", "BX"),
            Map.entry("case", "CS"));
    /** EPCIS 2.0 uom values are Rec 20 codes: two or three upper-case letters or digits. */
    private static final Pattern REC_20 = Pattern.compile("[A-Z0-9]{2,3}");
    private static final Map<String, String> MEASUREMENTS = Map.of("temperature", "Temperature", "humidity",
            "RelativeHumidity", "relative humidity", "RelativeHumidity");
    private static final Map<String, String> DOCUMENT_TYPES = Map.ofEntries(Map.entry("despatch_advice", "desadv"),
            Map.entry("receiving_advice", "recadv"), Map.entry("purchase_order", "po"), Map.entry("invoice", "inv"),
            Map.entry("bill_of_lading", "bol"), Map.entry("certificate", "cert"),
            Map.entry("inspection_report", "testres"), Map.entry("test_report", "testres"),
            Map.entry("production_order", "prodorder"));
    private static final Pattern ABSOLUTE_URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");

    private EpcisVocabulary() {}

    /** The Rec 20 code of a unit: a known spelling's code, or the unit itself when it is already a code. */
    static Optional<String> unitCode(final String unit) {
        if (unit == null) {
            return Optional.empty();
        }
        final String known = UNIT_CODES.get(unit.toLowerCase(Locale.ROOT));
        if (known != null) {
            return Optional.of(known);
        }
        return REC_20.matcher(unit).matches() ? Optional.of(unit) : Optional.empty();
    }

    /** The GS1 measurement type of a measured quantity, else a tracechain URI naming it. */
    static String measurementType(final String measurement) {
        final String type = MEASUREMENTS.get(measurement.toLowerCase(Locale.ROOT));
        return type != null ? type
                : EpcisExport.TRACECHAIN_NAMESPACE + "measurement/" + Gs1DigitalLink.percentEncode(measurement);
    }

    /** The CBV business transaction type of a recorded document's type, if it has one. */
    static Optional<String> documentType(final String type) {
        return Optional.ofNullable(DOCUMENT_TYPES.get(type));
    }

    /**
     * A reference document's number as a bizTransaction URI: a number that is an absolute URI as it is, else the
     * CBV 2.0 business transaction URN {@code urn:epcglobal:cbv:bt:{pgln}:{number}} of the recording party when
     * it has a party GLN, else {@code urn:tracechain:bt:{type}:{number}}.
     */
    static String businessTransaction(final String type, final String number, final String recorderPgln) {
        if (ABSOLUTE_URI.matcher(number).matches()) {
            return number;
        }
        final String encoded = Gs1DigitalLink.percentEncode(number);
        return recorderPgln != null ? "urn:epcglobal:cbv:bt:" + recorderPgln + ":" + encoded
                : "urn:tracechain:bt:" + type + ":" + encoded;
    }
}
