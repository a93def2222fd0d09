// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracechain.chaincode.testing.GuangdongScenario;
import org.tracechain.client.LedgerBlock;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotStatus;

/**
 * The EPCIS query parameters and lot search on a store seeded with the Guangdong scenario: each parameter selects
 * exactly the events a plain reading of the EPCIS objects says it should (and fewer than all, so the parameter
 * matters), pages chain without gaps or repeats, and every answer carries the height it reflects.
 */
@ExtendWith(TestPostgres.class)
class PostgresQueryStoreTest {

    private static List<LedgerBlock> blocks;

    private PostgresQueryStore store;
    private List<StoredEvent> all;

    @BeforeAll
    static void scenario() {
        blocks = ScenarioBlocks.of(GuangdongScenario.run(), "foodtrace", 2);
    }

    @BeforeEach
    void seed(final DataSource db) throws Exception {
        final StoreProjector projector = StoreProjector.food(db, "foodtrace");
        for (final LedgerBlock block : blocks) {
            projector.project(block);
        }
        store = new PostgresQueryStore(db, "foodtrace");
        all = every(query(q -> q));
        assertThat(all).hasSizeGreaterThan(10);
    }

    // ---- a query builder over the shared record ------------------------------------------------------------

    private record Q(List<String> types, Optional<Instant> ge, Optional<Instant> lt, List<String> steps,
            List<String> dispositions, List<String> epc, List<String> anyEpc, List<String> readPoints,
            List<String> locations, int perPage) {
        EpcisQuery build(final Optional<String> token) {
            return new EpcisQuery(types, ge, lt, steps, dispositions, epc, anyEpc, readPoints, locations, perPage,
                    token);
        }
    }

    private static Q query(final java.util.function.UnaryOperator<Q> how) {
        return how.apply(new Q(List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), 5));
    }

    private List<StoredEvent> every(final Q query) {
        final List<StoredEvent> out = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            final EventPage page = store.events(query.build(token));
            assertThat(page.height()).isEqualTo(blocks.size());
            assertThat(page.events().size()).isLessThanOrEqualTo(query.perPage());
            out.addAll(page.events());
            token = page.nextPageToken();
        } while (token.isPresent());
        return out;
    }

    private void selects(final Q query, final Predicate<JsonNode> expected) {
        final List<String> want = all.stream().filter(e -> expected.test(e.epcisEvent()))
                .map(StoredEvent::ledgerEventId).toList();
        assertThat(want).as("the parameter must select some events, not all").isNotEmpty().hasSizeLessThan(all.size());
        assertThat(every(query)).extracting(StoredEvent::ledgerEventId).containsExactlyElementsOf(want);
    }

    private Set<String> values(final java.util.function.Function<JsonNode, List<String>> field) {
        final Set<String> out = new LinkedHashSet<>();
        all.forEach(e -> out.addAll(field.apply(e.epcisEvent())));
        return out;
    }

    private static List<String> texts(final JsonNode node, final String... paths) {
        final List<String> out = new ArrayList<>();
        for (final String path : paths) {
            JsonNode value = node;
            for (final String part : path.split("/")) {
                value = value.path(part);
            }
            if (value.isTextual()) {
                out.add(value.asText());
            }
        }
        return out;
    }

    private static List<String> instances(final JsonNode event) {
        final List<String> out = new ArrayList<>();
        for (final String list : List.of("epcList", "childEPCs", "inputEPCList", "outputEPCList")) {
            event.path(list).forEach(e -> out.add(e.asText()));
        }
        return out;
    }

    private static List<String> anyEpcs(final JsonNode event) {
        final List<String> out = new ArrayList<>(instances(event));
        out.addAll(texts(event, "parentID"));
        for (final String list : List.of("quantityList", "childQuantityList", "inputQuantityList",
                "outputQuantityList")) {
            event.path(list).forEach(e -> out.add(e.path("epcClass").asText()));
        }
        return out;
    }

    // ---- the parameters ---------------------------------------------------------------------------------------

    @Test
    void pages_chain_in_block_order_without_gaps_or_repeats() {
        final List<StoredEvent> byOne = every(query(q -> new Q(q.types(), q.ge(), q.lt(), q.steps(), q.dispositions(),
                q.epc(), q.anyEpc(), q.readPoints(), q.locations(), 1)));
        final List<StoredEvent> inOne = store.events(query(q -> new Q(q.types(), q.ge(), q.lt(), q.steps(),
                q.dispositions(), q.epc(), q.anyEpc(), q.readPoints(), q.locations(), EpcisQuery.MAX_PER_PAGE))
                .build(Optional.empty())).events();

        assertThat(byOne).extracting(StoredEvent::ledgerEventId)
                .containsExactlyElementsOf(inOne.stream().map(StoredEvent::ledgerEventId).toList())
                .doesNotHaveDuplicates();
        assertThat(inOne).isSortedAccordingTo(java.util.Comparator.comparingLong(StoredEvent::blockNumber));
        assertThat(byOne).hasSameSizeAs(all);
    }

    @Test
    void event_type_selects_its_type() {
        selects(query(q -> new Q(List.of("TransformationEvent"), q.ge(), q.lt(), q.steps(), q.dispositions(), q.epc(),
                q.anyEpc(), q.readPoints(), q.locations(), q.perPage())),
                e -> e.path("type").asText().equals("TransformationEvent"));
    }

    @Test
    void event_time_bounds_are_inclusive_below_and_exclusive_above() {
        final Instant from = Instant.parse("2026-01-05T02:00:00Z");
        final Instant to = Instant.parse("2026-01-05T04:00:00Z");
        selects(query(q -> new Q(q.types(), Optional.of(from), Optional.of(to), q.steps(), q.dispositions(), q.epc(),
                q.anyEpc(), q.readPoints(), q.locations(), q.perPage())), e -> {
                    final Instant t = OffsetDateTime.parse(e.path("eventTime").asText()).toInstant();
                    return !t.isBefore(from) && t.isBefore(to);
                });
    }

    @Test
    void biz_step_matches_the_bare_word_and_the_gs1_uri_alike() {
        selects(query(q -> new Q(q.types(), q.ge(), q.lt(), List.of("shipping"), q.dispositions(), q.epc(), q.anyEpc(),
                q.readPoints(), q.locations(), q.perPage())), e -> Vocabulary.bizStep(e.path("bizStep").asText())
                .equals("shipping"));
        selects(query(q -> new Q(q.types(), q.ge(), q.lt(), List.of("https://ref.gs1.org/cbv/BizStep-shipping"),
                q.dispositions(), q.epc(), q.anyEpc(), q.readPoints(), q.locations(), q.perPage())),
                e -> Vocabulary.bizStep(e.path("bizStep").asText()).equals("shipping"));
    }

    @Test
    void disposition_selects_its_disposition() {
        selects(query(q -> new Q(q.types(), q.ge(), q.lt(), q.steps(), List.of("in_transit", "recalled"), q.epc(),
                q.anyEpc(), q.readPoints(), q.locations(), q.perPage())),
                e -> List.of("in_transit", "recalled").contains(Vocabulary.disposition(e.path("disposition").asText())));
    }

    @Test
    void read_point_and_business_location_select_their_site() {
        final String readPoint = values(e -> texts(e, "readPoint/id")).iterator().next();
        selects(query(q -> new Q(q.types(), q.ge(), q.lt(), q.steps(), q.dispositions(), q.epc(), q.anyEpc(),
                List.of(readPoint), q.locations(), q.perPage())),
                e -> readPoint.equals(e.path("readPoint").path("id").asText()));
        final String location = values(e -> texts(e, "bizLocation/id")).iterator().next();
        selects(query(q -> new Q(q.types(), q.ge(), q.lt(), q.steps(), q.dispositions(), q.epc(), q.anyEpc(),
                q.readPoints(), List.of(location), q.perPage())),
                e -> location.equals(e.path("bizLocation").path("id").asText()));
    }

    @Test
    void match_any_epc_finds_a_class_wherever_an_event_names_it() {
        final String lotClass = "https://id.gs1.org/01/06901234567892/10/" + GuangdongScenario.FARM1_LOT;
        selects(query(q -> new Q(q.types(), q.ge(), q.lt(), q.steps(), q.dispositions(), q.epc(), List.of(lotClass),
                q.readPoints(), q.locations(), q.perPage())), e -> anyEpcs(e).contains(lotClass));
    }

    @Test
    void match_epc_looks_only_at_instance_lists() {
        final Set<String> instances = values(PostgresQueryStoreTest::instances);
        final String lotClass = "https://id.gs1.org/01/06901234567892/10/" + GuangdongScenario.FARM1_LOT;
        assertThat(every(query(q -> new Q(q.types(), q.ge(), q.lt(), q.steps(), q.dispositions(), List.of(lotClass),
                q.anyEpc(), q.readPoints(), q.locations(), q.perPage())))).as("a class is not an instance").isEmpty();
        if (!instances.isEmpty()) {
            final String epc = instances.iterator().next();
            selects(query(q -> new Q(q.types(), q.ge(), q.lt(), q.steps(), q.dispositions(), List.of(epc),
                    q.anyEpc(), q.readPoints(), q.locations(), q.perPage())), e -> instances(e).contains(epc));
        }
    }

    @Test
    void parameters_combine_with_and() {
        final String lotClass = "https://id.gs1.org/01/06901234567892/10/" + GuangdongScenario.FARM1_LOT;
        selects(query(q -> new Q(List.of("ObjectEvent"), q.ge(), q.lt(), List.of("shipping", "receiving"),
                q.dispositions(), q.epc(), List.of(lotClass), q.readPoints(), q.locations(), q.perPage())),
                e -> e.path("type").asText().equals("ObjectEvent") && anyEpcs(e).contains(lotClass)
                        && List.of("shipping", "receiving").contains(Vocabulary.bizStep(e.path("bizStep").asText())));
    }

    @Test
    void a_page_token_not_issued_by_the_store_is_refused() {
        for (final String token : List.of("not-base64!", "bm9wZQ", PageToken.lots("2026-01-01T00:00:00Z", "L"))) {
            assertThatThrownBy(() -> store.events(query(q -> q).build(Optional.of(token))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page token");
        }
    }

    @Test
    void one_event_by_its_epcis_event_id() {
        final StoredEvent any = all.get(all.size() / 2);
        assertThat(store.event(any.epcisEvent().path("eventID").asText())).hasValueSatisfying(e -> {
            assertThat(e.ledgerEventId()).isEqualTo(any.ledgerEventId());
            assertThat(e.blockNumber()).isEqualTo(any.blockNumber());
        });
        assertThat(store.event("urn:uuid:00000000-0000-5000-8000-000000000000")).isEmpty();
    }

    // ---- lots ---------------------------------------------------------------------------------------------------

    private static LotSearch lots(final java.util.function.UnaryOperator<LotSearch> how) {
        return how.apply(new LotSearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 100, Optional.empty()));
    }

    private static LotSearch with(final LotSearch s, final Optional<String> traceCode, final Optional<String> gtin,
            final Optional<String> lotNumber, final Optional<String> product, final Optional<String> holder,
            final Optional<String> status) {
        return new LotSearch(traceCode.or(s::traceCode), gtin.or(s::gtin), lotNumber.or(s::lotNumber),
                product.or(s::product), holder.or(s::holder), status.or(s::status), s.registeredFrom(),
                s.registeredTo(), s.perPage(), s.pageToken());
    }

    @Test
    void lot_search_criteria_each_select_their_lots() {
        final List<Lot> everyLot = store.lots(lots(s -> s)).items();
        assertThat(everyLot).hasSizeGreaterThan(4);
        final Lot farm1 = everyLot.stream().filter(l -> l.lotId().equals(GuangdongScenario.FARM1_LOT)).findFirst()
                .orElseThrow();
        final Optional<String> none = Optional.empty();

        assertThat(store.lots(with(lots(s -> s), Optional.of(farm1.traceCode()), none, none, none, none, none))
                .items()).extracting(Lot::lotId).containsExactly(farm1.lotId());
        assertThat(store.lots(with(lots(s -> s), none, Optional.of(GuangdongScenario.CHOY_SUM_GTIN),
                Optional.of(GuangdongScenario.FARM1_LOT), none, none, none)).items()).extracting(Lot::lotId)
                .containsExactly(farm1.lotId());
        assertThat(store.lots(with(lots(s -> s), none, Optional.of(GuangdongScenario.CASE_GTIN), none, none, none,
                none)).items()).extracting(Lot::lotId).containsExactlyElementsOf(everyLot.stream()
                        .filter(l -> GuangdongScenario.CASE_GTIN.equals(l.gtin())).map(Lot::lotId).toList());
        assertThat(store.lots(with(lots(s -> s), none, none, none, Optional.of("CS-BULK"), none, none)).items())
                .extracting(Lot::lotId).containsExactlyInAnyOrder(GuangdongScenario.FARM1_LOT,
                        GuangdongScenario.FARM2_LOT);
        final String holder = everyLot.get(everyLot.size() - 1).holderMspId();
        assertThat(store.lots(with(lots(s -> s), none, none, none, none, Optional.of(holder), none)).items())
                .isNotEmpty().allMatch(l -> l.holderMspId().equals(holder));
        // The recall is a regulation record laid over the custody record, as the chaincode shows the lot.
        final List<Lot> recalled = store.lots(with(lots(s -> s), none, none, none, none, none,
                Optional.of(LotStatus.RECALLED.name()))).items();
        assertThat(recalled).isNotEmpty().hasSizeLessThan(everyLot.size())
                .allMatch(l -> l.status() == LotStatus.RECALLED && GuangdongScenario.RECALL_ID.equals(l.recallId()));
    }

    @Test
    void lot_pages_chain_in_registration_order() {
        final List<Lot> everyLot = store.lots(lots(s -> s)).items();
        final List<String> paged = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            final Optional<String> current = token;
            final StorePage<Lot> page = store.lots(lots(s -> new LotSearch(s.traceCode(), s.gtin(), s.lotNumber(),
                    s.product(), s.holder(), s.status(), s.registeredFrom(), s.registeredTo(), 2, current)));
            assertThat(page.height()).isEqualTo(blocks.size());
            page.items().forEach(l -> paged.add(l.lotId()));
            token = page.nextPageToken();
        } while (token.isPresent());
        assertThat(paged).containsExactlyElementsOf(everyLot.stream().map(Lot::lotId).toList());
        assertThat(everyLot).isSortedAccordingTo(java.util.Comparator.comparing(Lot::registeredAt));
    }

    // ---- recalls ------------------------------------------------------------------------------------------------

    @Test
    void a_recall_with_its_holders_acknowledgements_and_affected_lots() {
        final var status = store.recall(GuangdongScenario.RECALL_ID).orElseThrow();
        assertThat(status.recall().rootLotId()).isEqualTo(GuangdongScenario.FARM2_LOT);
        assertThat(status.holders()).extracting(h -> h.mspId()).containsExactlyElementsOf(status.recall().holderMspIds());
        assertThat(status.notAcknowledged()).containsExactlyElementsOf(status.holders().stream()
                .filter(h -> !h.acknowledged()).map(h -> h.mspId()).toList());
        assertThat(status.holders()).filteredOn(h -> h.acknowledged())
                .allMatch(h -> h.acknowledgement().recallId().equals(GuangdongScenario.RECALL_ID));
        assertThat(store.recall("NO-SUCH-RECALL")).isEmpty();

        final List<String> paged = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            final var page = store.recallLots(GuangdongScenario.RECALL_ID, 2, token);
            assertThat(page.height()).isEqualTo(blocks.size());
            page.items().forEach(l -> paged.add(l.lotId()));
            token = page.nextPageToken();
        } while (token.isPresent());
        assertThat(paged).hasSize(status.recall().affectedLotCount()).contains(GuangdongScenario.FARM2_LOT)
                .isSorted().doesNotHaveDuplicates();
    }

    // ---- height and read-your-writes ----------------------------------------------------------------------------

    @Test
    void await_block_waits_until_the_store_has_projected_the_block(final DataSource db) throws Exception {
        assertThat(store.height("foodtrace")).isEqualTo(blocks.size());
        assertThat(store.awaitBlock("foodtrace", blocks.size() - 1, Duration.ofMillis(10))).isTrue();
        assertThat(store.awaitBlock("foodtrace", blocks.size(), Duration.ofMillis(100))).isFalse();

        final LedgerBlock next = new LedgerBlock("foodtrace", blocks.size(), List.of());
        final CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return store.awaitBlock("foodtrace", next.number(), Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        StoreProjector.food(db, "foodtrace").project(next);
        assertThat(waiting.get()).isTrue();
        assertThat(store.height("foodtrace")).isEqualTo(blocks.size() + 1);
        assertThat(store.height("govdir")).isZero();
    }
}
