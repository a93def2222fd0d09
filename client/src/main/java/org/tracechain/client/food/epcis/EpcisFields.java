// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reading an EPCIS event's fields, refusing with a reason instead of guessing: a value of the wrong JSON type, a
 * time without an offset, a CBV value in an unknown spelling. CBV values are accepted in the three spellings
 * EPCIS 2.0 allows for the same value (bare, {@code https://ref.gs1.org/cbv/...}, {@code urn:epcglobal:cbv:...}).
 */
final class EpcisFields {

    /** A field that cannot be mapped: the event is refused with this reason. */
    static final class Unmappable extends Exception {
        private static final long serialVersionUID = 1L;

        Unmappable(final String reason) {
            super(reason, null, false, false);
        }
    }

    private final JsonNode event;

    EpcisFields(final JsonNode event) {
        this.event = event;
    }

    JsonNode node() {
        return event;
    }

    boolean has(final String field) {
        return event.has(field) && !event.get(field).isNull();
    }

    Optional<String> text(final String field) throws Unmappable {
        if (!has(field)) {
            return Optional.empty();
        }
        final JsonNode value = event.get(field);
        if (!value.isTextual()) {
            throw new Unmappable(field + " must be a string");
        }
        return Optional.of(value.asText());
    }

    String requiredText(final String field) throws Unmappable {
        return text(field).orElseThrow(() -> new Unmappable(field + " is missing"));
    }

    /** An ISO 8601 date-time with an offset, as an instant. */
    Instant instant(final String field) throws Unmappable {
        final String text = requiredText(field);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new Unmappable(field + " " + text + " is not an ISO 8601 date-time with an offset");
        }
    }

    /** A CBV value (bizStep, disposition, BTT, SDT) as its bare name, from any of its spellings. */
    static String cbv(final String field, final String value, final String webPrefix, final String urnPrefix)
            throws Unmappable {
        if (value.startsWith("https://ref.gs1.org/cbv/" + webPrefix + "-")) {
            return value.substring(("https://ref.gs1.org/cbv/" + webPrefix + "-").length());
        }
        if (value.startsWith("urn:epcglobal:cbv:" + urnPrefix + ":")) {
            return value.substring(("urn:epcglobal:cbv:" + urnPrefix + ":").length());
        }
        if (value.contains(":") && !value.startsWith("https://tracechain.org/")) {
            throw new Unmappable(field + " " + value + " is not a CBV value");
        }
        return value;
    }

    String bizStep() throws Unmappable {
        final String step = requiredText("bizStep");
        return step.startsWith("https://tracechain.org/") ? step : cbv("bizStep", step, "BizStep", "bizstep");
    }

    Optional<String> disposition() throws Unmappable {
        final Optional<String> value = text("disposition");
        return value.isEmpty() ? value : Optional.of(cbv("disposition", value.get(), "Disp", "disp"));
    }

    /** Refuses fields the ledger has no place for, rather than dropping them. */
    void refuseUnmapped(final Set<String> mapped) throws Unmappable {
        for (final var names = event.fieldNames(); names.hasNext();) {
            final String name = names.next();
            if (!mapped.contains(name)) {
                throw new Unmappable(name + " cannot be recorded by the ledger");
            }
        }
    }

    static BigDecimal decimal(final JsonNode node, final String field) throws Unmappable {
        final JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new Unmappable(field + " must be a number");
        }
        return value.decimalValue();
    }

    static List<JsonNode> array(final JsonNode node, final String field) throws Unmappable {
        final JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new Unmappable(field + " must be an array");
        }
        final java.util.ArrayList<JsonNode> out = new java.util.ArrayList<>();
        value.forEach(out::add);
        return out;
    }
}
