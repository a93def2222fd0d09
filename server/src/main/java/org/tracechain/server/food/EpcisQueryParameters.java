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
import org.tracechain.server.http.QueryParameters;
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

    /**
     * EPCIS clients tell refusals apart by {@code epcisException} (EPCIS 2.0 section 12.3); every refused query
     * parameter of the food area carries it beside the tracechain error code.
     */
    static final Map<String, String> QUERY_PROBLEM = Map.of("epcisException", "QueryParameterException");

    private EpcisQueryParameters() {}

    /**
     * Reads a food endpoint's query string with the API's rules, its refusals naming the EPCIS exception.
     *
     * @param rawQuery the raw query string (null when there is none)
     * @param allowed the names the endpoint takes
     * @return the parameters
     */
    static QueryParameters parse(final String rawQuery, final Set<String> allowed) {
        return QueryParameters.parse(rawQuery, allowed, QUERY_PROBLEM);
    }

    /** @param name a parameter @param why what is wrong @return an {@code INVALID_FIELD} refusal for EPCIS clients */
    static ApiProblem invalid(final String name, final String why) {
        return new ApiProblem(400, "INVALID_FIELD", "query parameter " + name + " " + why, QUERY_PROBLEM);
    }

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
        final QueryParameters query = parse(rawQuery, known);
        for (final String name : NOT_EVALUATED) {
            if (query.has(name)) {
                throw new ApiProblem(400, "INVALID_FIELD", "query parameter " + name + " is an EPCIS 2.0 query "
                        + "parameter this server does not evaluate; it takes " + String.join(", ",
                                allowed.stream().sorted().toList()), QUERY_PROBLEM);
            }
        }
        final List<String> eventTypes = list(query, "eventType");
        for (final String type : eventTypes) {
            if (!EVENT_TYPES.contains(type)) {
                throw invalid("eventType", "names " + QueryParameters.visible(type)
                        + ", not one of " + String.join(", ", EVENT_TYPES.stream().sorted().toList()));
            }
        }
        final Optional<Instant> from = query.instant("GE_eventTime");
        final Optional<Instant> to = query.instant("LT_eventTime");
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw invalid("GE_eventTime", "must be before LT_eventTime");
        }
        final List<String> bizSteps = vocabulary(query, "EQ_bizStep");
        final List<String> dispositions = vocabulary(query, "EQ_disposition");
        final List<String> matchEpc = uris(query, "MATCH_epc");
        final List<String> matchAnyEpc = new ArrayList<>(allowed.contains("MATCH_anyEPC") ? uris(query,
                "MATCH_anyEPC") : List.of());
        pathEpc.ifPresent(epc -> matchAnyEpc.add(uri("epc", epc)));
        final List<String> readPoints = uris(query, "EQ_readPoint");
        final List<String> bizLocations = uris(query, "EQ_bizLocation");
        final int perPage = query.pageSize("perPage", EpcisQuery.MAX_PER_PAGE).orElse(EpcisQuery.DEFAULT_PER_PAGE);
        return new EpcisQuery(eventTypes, from, to, bizSteps, dispositions, matchEpc, matchAnyEpc, readPoints,
                bizLocations, perPage, query.pageToken("nextPageToken"));
    }

    private static List<String> list(final QueryParameters query, final String name) {
        final Optional<String> value = query.text(name);
        if (value.isEmpty()) {
            return List.of();
        }
        final String[] parts = value.get().split("\\|", -1);
        if (parts.length > MAX_VALUES) {
            throw new ApiProblem(400, "TOO_MANY_VALUES", "query parameter " + name + " lists more than "
                    + MAX_VALUES + " values", QUERY_PROBLEM);
        }
        final LinkedHashSet<String> values = new LinkedHashSet<>();
        for (final String part : parts) {
            if (part.isEmpty()) {
                throw invalid(name, "has an empty value between | separators");
            }
            if (!values.add(part)) {
                throw new ApiProblem(400, "DUPLICATE_VALUE", "query parameter " + name + " lists "
                        + QueryParameters.visible(part) + " twice", QUERY_PROBLEM);
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
                throw invalid(name, "value " + QueryParameters.visible(value)
                        + " is not an absolute URI");
            }
            return value;
        } catch (URISyntaxException e) {
            throw invalid(name, "value " + QueryParameters.visible(value) + " is not a URI");
        }
    }
}
