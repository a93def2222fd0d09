// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Map;
import org.tracechain.model.json.LedgerJson;

/**
 * What commands print: human text (tables) by default, or machine-readable JSON with {@code --json}. JSON goes
 * through the canonical codec (sorted keys, ISO instants), pretty-printed for people reading it.
 */
public final class CliOutput {

    private final PrintWriter out;
    private final boolean json;

    CliOutput(final PrintWriter out, final boolean json) {
        this.out = out;
        this.json = json;
    }

    /** True when {@code --json} was given. */
    public boolean json() {
        return json;
    }

    /** Prints a line of human text (ignored in JSON mode, where only the JSON document is printed). */
    public void line(final String text) {
        if (!json) {
            out.println(text);
            out.flush();
        }
    }

    /** Prints a table (ignored in JSON mode). */
    public void table(final TextTable table) {
        if (!json) {
            out.print(table.render());
            out.flush();
        }
    }

    /** Prints any value as pretty canonical JSON, whatever the mode. */
    public void printJson(final Object value) {
        out.println(prettyJson(value));
        out.flush();
    }

    /**
     * Prints a record: a Field/Value table in text mode (nested values as compact JSON), JSON in JSON mode.
     *
     * @param value a model record or map
     */
    public void record(final Object value) {
        if (json) {
            printJson(value);
        } else {
            table(fieldTable(value));
        }
    }

    /** A two-column Field/Value table of a record's JSON fields, in canonical (sorted) order. */
    static TextTable fieldTable(final Object value) {
        final JsonNode tree = LedgerJson.readTree(LedgerJson.toJson(value));
        final TextTable table = TextTable.withHeaders("Field", "Value");
        for (final Map.Entry<String, JsonNode> field : tree.properties()) {
            final JsonNode node = field.getValue();
            table.row(field.getKey(), node.isValueNode() ? node.asText() : node.toString());
        }
        return table;
    }

    static String prettyJson(final Object value) {
        try {
            final JsonNode tree = LedgerJson.readTree(LedgerJson.toJson(value));
            return LedgerJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot print JSON: " + e.getOriginalMessage(), e);
        }
    }
}
