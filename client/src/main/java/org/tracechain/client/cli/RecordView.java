// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.tracechain.model.json.LedgerJson;

/**
 * A JSON record as a two-column Field/Value table, fields in the record's order (the codec's sorted order). Values
 * print as the ledger holds them: decimals exactly and in plain notation, nested objects as compact JSON, composite
 * keys readable; long values wrap.
 */
final class RecordView {

    private RecordView() {}

    /** The table of a JSON object's fields (a JSON value that is not an object is one row named "value"). */
    static TextTable of(final byte[] json) {
        final JsonNode tree = LedgerJson.readTree(Payloads.utf8(json));
        final TextTable table = TextTable.withHeaders("Field", "Value").wrapping();
        if (!tree.isObject()) {
            return table.row("value", text(tree));
        }
        for (final Map.Entry<String, JsonNode> field : tree.properties()) {
            table.row(field.getKey(), text(field.getValue()));
        }
        return table;
    }

    /** A JSON value as text: strings unquoted, decimals exact and plain, containers as compact JSON. */
    static String text(final JsonNode node) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBigDecimal()) {
            return node.decimalValue().toPlainString();
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        try {
            return LedgerJson.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot print JSON: " + e.getOriginalMessage(), e);
        }
    }
}
