// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.tracechain.server.http.ApiProblem;
import org.tracechain.server.store.EpcisQuery;

/**
 * The EPCIS 2.0 query parameters of {@code GET /events} and {@code GET /epcs/{epc}/events} (EPCIS 2.0 section
 * 8.2.7.1, the REST binding's fixed-name URI parameters): list values separated by {@code |} (the binding's
 * {@code pipeDelimited} style), times as RFC 3339 with an offset. Every value is checked before the store is
 * asked. Parameters of the standard this server does not evaluate (e.g. {@code GE_recordTime}, {@code EQ_action})
 * are refused rather than ignored, since ignoring a filter would answer with events the caller excluded.
 */
final class EpcisQueryParameters {

    /** Parameters of {@code GET /events}. */
    static final Set<String> EVENTS = Set.of("eventType", "GE_eventTime", "LT_eventTime", "EQ_bizStep",
            "EQ_disposition", "MATCH_epc", "MATCH_anyEPC", "EQ_readPoint", "EQ_bizLocation", "perPage",
            "nextPageToken");
    /** Parameters of {@code GET /epcs/{epc}/events}: the EPC is the path's (the binding lists no MATCH_anyEPC). */
    static final Set<String> EPC_EVENTS = Set.of("eventType", "GE_eventTime", "LT_eventTime", "EQ_bizStep",
            "EQ_disposition", "MATCH_epc", "EQ_readPoint", "EQ_bizLocation", "perPage", "nextPageToken");
    /** EPCIS 2.0 query parameters with fixed names that this server does not evaluate. */
    static final Set<String> NOT_EVALUATED = Set.of("GE_recordTime", "LT_recordTime", "EQ_action",
            "EQ_persistentDisposition_set", "EQ_persistentDisposition_unset", "WD_readPoint", "WD_bizLocation",
            "EQ_transformationID", "MATCH_parentID", "MATCH_inputEPC", "MATCH_outputEPC", "MATCH_epcClass",
            "MATCH_inputEPCClass", "MATCH_outputEPCClass", "MATCH_anyEPCClass", "EQ_quantity", "GT_quantity",
            "GE_quantity", "LT_quantity", "LE_quantity", "EQ_eventID", "EXISTS_errorDeclaration",
            "GE_errorDeclarationTime", "LT_errorDeclarationTime", "EQ_errorReason", "EQ_correctiveEventID",
            "orderBy", "orderDirection", "eventCountLimit", "maxEventCount", "GE_startTime", "LT_startTime",
            "GE_endTime", "LT_endTime", "EQ_type", "EQ_deviceID", "EQ_dataProcessingMethod", "EQ_microorganism",
            "EQ_chemicalSubstance", "EQ_bizRules", "EQ_stringValue", "EQ_hexBinaryValue", "EQ_uriValue",
            "EQ_booleanValue");
    /** The event types EPCIS 2.0 defines. */
    static final Set<String> EVENT_TYPES = Set.of("ObjectEvent", "AggregationEvent", "TransactionEvent",
            "TransformationEvent", "AssociationEvent");
    /** Values one list parameter may hold. */
    static final int MAX_VALUES = 100;

    /** A CBV bare word ({@code shipping}, {@code in_transit}). */
    private static final Pattern BARE_WORD = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private EpcisQueryParameters() {}

    /**
     * Reads the EPCIS query of a request.
     *
     * @param rawQuery the raw query string
     * @param allowed {@link #EVENTS} or {@link #EPC_EVENTS}
     * @param pathEpc the path's EPC for {@code /epcs/{epc}/events}, else empty
     * @return the query for the store
     */
    static EpcisQuery read(final String rawQuery, final Set<String> allowed, final Optional<String> pathEpc) {
        final Set<String> known = new LinkedHashSet<>(allowed);
        known.addAll(NOT_EVALUATED);
        final QueryParameters query = QueryParameters.parse(rawQuery, known);
        for (final String name : NOT_EVALUATED) {
            if (query.has(name)) {
                throw new ApiProblem(400, "INVALID_FIELD", "query parameter " + name + " is an EPCIS 2.0 query "
                        + "parameter this server does not evaluate; it takes " + String.join(", ",
                                allowed.stream().sorted().toList()), Map.of("epcisException",
                                        "QueryParameterException"));
            }
        }
        final List<String> eventTypes = list(query, "eventType");
        for (final String type : eventTypes) {
            if (!EVENT_TYPES.contains(type)) {
                throw QueryParameters.invalid("eventType", "names " + QueryParameters.visible(type)
                        + ", not one of " + String.join(", ", EVENT_TYPES.stream().sorted().toList()));
            }
        }
        final Optional<Instant> from = query.time("GE_eventTime");
        final Optional<Instant> to = query.time("LT_eventTime");
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw QueryParameters.invalid("GE_eventTime", "must be before LT_eventTime");
        }
        final List<String> bizSteps = vocabulary(query, "EQ_bizStep");
        final List<String> dispositions = vocabulary(query, "EQ_disposition");
        final List<String> matchEpc = uris(query, "MATCH_epc");
        final List<String> matchAnyEpc = new ArrayList<>(allowed.contains("MATCH_anyEPC") ? uris(query,
                "MATCH_anyEPC") : List.of());
        pathEpc.ifPresent(epc -> matchAnyEpc.add(uri("epc", epc)));
        final List<String> readPoints = uris(query, "EQ_readPoint");
        final List<String> bizLocations = uris(query, "EQ_bizLocation");
        final int perPage = query.perPage(EpcisQuery.DEFAULT_PER_PAGE, EpcisQuery.MAX_PER_PAGE);
        return new EpcisQuery(eventTypes, from, to, bizSteps, dispositions, matchEpc, matchAnyEpc, readPoints,
                bizLocations, perPage, query.pageToken());
    }

    private static List<String> list(final QueryParameters query, final String name) {
        final Optional<String> value = query.text(name);
        if (value.isEmpty()) {
            return List.of();
        }
        final String[] parts = value.get().split("\\|", -1);
        if (parts.length > MAX_VALUES) {
            throw new ApiProblem(400, "TOO_MANY_VALUES", "query parameter " + name + " lists more than "
                    + MAX_VALUES + " values");
        }
        final LinkedHashSet<String> values = new LinkedHashSet<>();
        for (final String part : parts) {
            if (part.isEmpty()) {
                throw QueryParameters.invalid(name, "has an empty value between | separators");
            }
            if (!values.add(part)) {
                throw new ApiProblem(400, "DUPLICATE_VALUE", "query parameter " + name + " lists "
                        + QueryParameters.visible(part) + " twice");
            }
        }
        return List.copyOf(values);
    }

    /** CBV values: a bare word ({@code shipping}) or a URI, as captured. */
    private static List<String> vocabulary(final QueryParameters query, final String name) {
        final List<String> values = list(query, name);
        for (final String value : values) {
            if (!BARE_WORD.matcher(value).matches()) {
                uri(name, value);
            }
        }
        return values;
    }

    private static List<String> uris(final QueryParameters query, final String name) {
        final List<String> values = list(query, name);
        values.forEach(value -> uri(name, value));
        return values;
    }

    /** An absolute URI (EPC URN, GS1 Digital Link, tracechain URN). */
    static String uri(final String name, final String value) {
        try {
            final URI parsed = new URI(value);
            if (parsed.getScheme() == null || value.codePoints().anyMatch(Character::isWhitespace)) {
                throw QueryParameters.invalid(name, "value " + QueryParameters.visible(value)
                        + " is not an absolute URI");
            }
            return value;
        } catch (URISyntaxException e) {
            throw QueryParameters.invalid(name, "value " + QueryParameters.visible(value) + " is not a URI");
        }
    }
}
