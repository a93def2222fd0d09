// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.tracechain.model.food.Lot;
import org.tracechain.server.store.EpcisQuery;
import org.tracechain.server.store.EventPage;
import org.tracechain.server.store.LotSearch;
import org.tracechain.server.store.QueryStore;
import org.tracechain.server.store.StorePage;
import org.tracechain.server.store.StoredEvent;

/**
 * A small query store for the API's tests: events and lots in lists, every query evaluated by the EPCIS 2.0 rules
 * the store contract states, page tokens {@code p<offset>} (anything else is refused as the real store refuses a
 * token it did not issue). It records the queries it was asked, so tests see what the API passed on.
 */
final class InMemoryQueryStore implements QueryStore {

    final List<StoredEvent> events = new CopyOnWriteArrayList<>();
    final List<Lot> lots = new CopyOnWriteArrayList<>();
    final List<EpcisQuery> eventQueries = new CopyOnWriteArrayList<>();
    final List<LotSearch> lotSearches = new CopyOnWriteArrayList<>();
    volatile long height = 42;

    @Override
    public long height(final String channel) {
        return height;
    }

    @Override
    public boolean awaitBlock(final String channel, final long blockNumber, final Duration timeout) {
        return blockNumber < height;
    }

    @Override
    public EventPage events(final EpcisQuery query) {
        eventQueries.add(query);
        final List<StoredEvent> matching = events.stream().filter(e -> matches(query, e.epcisEvent())).toList();
        final int from = offset(query.pageToken());
        final int to = Math.min(matching.size(), from + query.perPage());
        return new EventPage(matching.subList(Math.min(from, matching.size()), to),
                to < matching.size() ? Optional.of("p" + to) : Optional.empty(), height);
    }

    @Override
    public Optional<StoredEvent> event(final String eventId) {
        return events.stream().filter(e -> e.epcisEvent().path("eventID").asText().equals(eventId)).findFirst();
    }

    @Override
    public StorePage<Lot> lots(final LotSearch search) {
        lotSearches.add(search);
        final List<Predicate<Lot>> tests = new ArrayList<>();
        search.traceCode().ifPresent(v -> tests.add(l -> v.equals(l.traceCode())));
        search.gtin().ifPresent(v -> tests.add(l -> v.equals(l.gtin()) || l.gtin() == null && v.equals(l.productCode())));
        search.lotNumber().ifPresent(v -> tests.add(l -> v.equals(l.lotId())));
        search.product().ifPresent(v -> tests.add(l -> v.equals(l.productCode()) || v.equals(l.productName())));
        search.holder().ifPresent(v -> tests.add(l -> v.equals(l.holderMspId())));
        search.status().ifPresent(v -> tests.add(l -> v.equals(l.status().name())));
        search.registeredFrom().ifPresent(v -> tests.add(l -> !l.registeredAt().isBefore(v)));
        search.registeredTo().ifPresent(v -> tests.add(l -> l.registeredAt().isBefore(v)));
        final List<Lot> matching = lots.stream().filter(l -> tests.stream().allMatch(t -> t.test(l))).toList();
        final int from = offset(search.pageToken());
        final int to = Math.min(matching.size(), from + search.perPage());
        return new StorePage<>(matching.subList(Math.min(from, matching.size()), to),
                to < matching.size() ? Optional.of("p" + to) : Optional.empty(), height);
    }

    private static int offset(final Optional<String> token) {
        if (token.isEmpty()) {
            return 0;
        }
        if (!token.get().matches("p[0-9]{1,6}")) {
            throw new IllegalArgumentException("not a page token of this store");
        }
        return Integer.parseInt(token.get().substring(1));
    }

    private static boolean matches(final EpcisQuery query, final JsonNode event) {
        if (!query.eventTypes().isEmpty() && !query.eventTypes().contains(event.path("type").asText())) {
            return false;
        }
        final var time = OffsetDateTime.parse(event.path("eventTime").asText()).toInstant();
        if (query.geEventTime().isPresent() && time.isBefore(query.geEventTime().get())) {
            return false;
        }
        if (query.ltEventTime().isPresent() && !time.isBefore(query.ltEventTime().get())) {
            return false;
        }
        if (!anyOf(query.bizSteps(), List.of(event.path("bizStep").asText())) || !anyOf(query.dispositions(),
                List.of(event.path("disposition").asText()))) {
            return false;
        }
        if (!anyOf(query.readPoints(), List.of(event.path("readPoint").path("id").asText()))
                || !anyOf(query.bizLocations(), List.of(event.path("bizLocation").path("id").asText()))) {
            return false;
        }
        final List<String> epcs = new ArrayList<>();
        for (final String list : List.of("epcList", "childEPCs", "inputEPCList", "outputEPCList")) {
            event.path(list).forEach(e -> epcs.add(e.asText()));
        }
        final List<String> any = new ArrayList<>(epcs);
        any.add(event.path("parentID").asText());
        for (final String list : List.of("quantityList", "childQuantityList", "inputQuantityList",
                "outputQuantityList")) {
            event.path(list).forEach(q -> any.add(q.path("epcClass").asText()));
        }
        return anyOf(query.matchEpc(), epcs) && anyOf(query.matchAnyEpc(), any);
    }

    private static boolean anyOf(final List<String> wanted, final List<String> values) {
        return wanted.isEmpty() || values.stream().anyMatch(wanted::contains);
    }

    @Override
    public void close() {
        // nothing to release
    }
}
