// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tracechain.client.food.epcis.EpcisFields.Unmappable;

/**
 * Instance/lot master data (ILMD) of an imported event: the tracechain fields that describe a commissioned lot
 * (product, producer, origin) or the outputs of a transformation. Fields the import did not read are refused.
 */
final class EpcisIlmd {

    /** An output's product, from {@code tracechain:outputs}. */
    record Product(String code, String name, String category) {}

    private final JsonNode ilmd;
    private final Set<String> read = new HashSet<>();

    EpcisIlmd(final JsonNode ilmd) {
        this.ilmd = ilmd == null || ilmd.isNull() ? null : ilmd;
    }

    Optional<String> text(final String field) throws Unmappable {
        read.add(field);
        if (ilmd == null || !ilmd.has(field)) {
            return Optional.empty();
        }
        if (!ilmd.get(field).isTextual()) {
            throw new Unmappable("ilmd " + field + " must be a string");
        }
        return Optional.of(ilmd.get(field).asText());
    }

    List<String> list(final String field) throws Unmappable {
        read.add(field);
        if (ilmd == null || !ilmd.has(field)) {
            return null;
        }
        final List<String> out = new ArrayList<>();
        for (final JsonNode value : EpcisFields.array(ilmd, field)) {
            if (!value.isTextual()) {
                throw new Unmappable("ilmd " + field + " must list strings");
            }
            out.add(value.asText());
        }
        return out;
    }

    /** The product of the output whose class is {@code epcClass}, from {@code tracechain:outputs}. */
    Product output(final String epcClass) throws Unmappable {
        read.add("tracechain:outputs");
        if (ilmd == null) {
            return null;
        }
        for (final JsonNode output : EpcisFields.array(ilmd, "tracechain:outputs")) {
            if (epcClass.equals(output.path("epcClass").asText())) {
                return new Product(textOrNull(output, "productCode"), textOrNull(output, "productName"),
                        textOrNull(output, "category"));
            }
        }
        return null;
    }

    /** Refuses ILMD fields nothing read: the ledger has no place for them. */
    void refuseUnread() throws Unmappable {
        if (ilmd == null) {
            return;
        }
        for (final var names = ilmd.fieldNames(); names.hasNext();) {
            final String name = names.next();
            if (!read.contains(name)) {
                throw new Unmappable("ilmd " + name + " cannot be recorded by the ledger");
            }
        }
    }

    private static String textOrNull(final JsonNode node, final String field) {
        return node.path(field).isTextual() ? node.get(field).asText() : null;
    }
}
