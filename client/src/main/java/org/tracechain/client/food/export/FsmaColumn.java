// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.export;

/**
 * The columns of the FSMA 204 sortable spreadsheet: the key data elements 21 CFR 1.1325-1.1350 list for the seven
 * critical tracking events, in the order the rule lists them (what every event has first, then harvesting and
 * cooling, initial packing, first land-based receiving, transformation, then the reference documents), and two
 * ledger columns that tie each row to the ledger. A row fills the columns its event's rule section names and
 * leaves the others empty; the README ("FSMA 204 sortable spreadsheet") maps each column to its section.
 */
public enum FsmaColumn {
    CRITICAL_TRACKING_EVENT("Critical Tracking Event"),
    TRACEABILITY_LOT_CODE("Traceability Lot Code"),
    PRODUCT_DESCRIPTION("Product Description"),
    GTIN("GTIN"),
    QUANTITY("Quantity"),
    UNIT_OF_MEASURE("Unit of Measure"),
    EVENT_DATE("Event Date and Time"),
    LOCATION_DESCRIPTION("Location Description"),
    LOCATION_IDENTIFIER("Location Identifier"),
    IMMEDIATE_PREVIOUS_SOURCE("Immediate Previous Source"),
    IMMEDIATE_SUBSEQUENT_RECIPIENT("Immediate Subsequent Recipient"),
    TLC_SOURCE("Traceability Lot Code Source"),
    TLC_SOURCE_REFERENCE("Traceability Lot Code Source Reference"),
    HARVEST_DATE("Harvest Date"),
    HARVEST_LOCATION("Harvest Location"),
    FIELD_OR_GROWING_AREA("Field or Growing Area"),
    HARVESTER("Harvester Business Name and Phone"),
    COOLING_DATE("Cooling Date"),
    COOLING_LOCATION("Cooling Location"),
    DATE_RECEIVED("Date Received"),
    HARVEST_DATE_RANGE("Harvest Date Range"),
    CATCH_AREAS("Harvest Locations (Catch Areas)"),
    INPUT_TLCS("Input Traceability Lot Codes with Quantities and Products"),
    REFERENCE_DOCUMENT_TYPE("Reference Document Type"),
    REFERENCE_DOCUMENT_NUMBER("Reference Document Number"),
    LEDGER_EVENT_ID("Ledger Event ID"),
    LEDGER_TRANSACTION_ID("Ledger Transaction ID");

    private final String header;

    FsmaColumn(final String header) {
        this.header = header;
    }

    /** The column's header cell. */
    public String header() {
        return header;
    }
}
