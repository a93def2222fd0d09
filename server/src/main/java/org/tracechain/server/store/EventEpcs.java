// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The identifiers an EPCIS event names and where it names them: the instance lists ({@code epcList},
 * {@code childEPCs}, {@code inputEPCList}, {@code outputEPCList}), {@code parentID}, and the classes of the
 * quantity lists. {@code MATCH_epc} looks at the instance lists; {@code MATCH_anyEPC} at all of them.
 */
final class EventEpcs {

    /** An identifier and its role. */
    record Epc(String epc, String role) {}

    /** Roles {@code MATCH_epc} matches. */
    static final List<String> INSTANCE_ROLES = List.of("epc", "child", "input", "output");

    private static final Map<String, String> INSTANCE_LISTS = Map.of("epcList", "epc", "childEPCs", "child",
            "inputEPCList", "input", "outputEPCList", "output");
    private static final Map<String, String> QUANTITY_LISTS = Map.of("quantityList", "quantity", "childQuantityList",
            "child_quantity", "inputQuantityList", "input_quantity", "outputQuantityList", "output_quantity");

    private EventEpcs() {}

    static List<Epc> of(final JsonNode event) {
        final Set<Epc> out = new LinkedHashSet<>();
        INSTANCE_LISTS.forEach((field, role) -> event.path(field).forEach(e -> {
            if (e.isTextual()) {
                out.add(new Epc(e.asText(), role));
            }
        }));
        if (event.path("parentID").isTextual()) {
            out.add(new Epc(event.path("parentID").asText(), "parent"));
        }
        QUANTITY_LISTS.forEach((field, role) -> event.path(field).forEach(e -> {
            if (e.path("epcClass").isTextual()) {
                out.add(new Epc(e.path("epcClass").asText(), role));
            }
        }));
        return new ArrayList<>(out);
    }
}
