// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.food.ImportEventsRequest;
import org.tracechain.model.food.ImportEventsResult;
import org.tracechain.model.food.ImportedEvent;
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.ShipRequest;
import org.tracechain.model.food.TrackingEvent;

/** ImportEvents: a document is recorded whole or not at all, each EPCIS event once, with the usual rules. */
class ImportEventsTest extends FoodFixture {

    @BeforeEach
    void setUp() {
        configure();
    }

    private static ImportedEvent register(final String id, final String lotId) {
        return new ImportedEvent(id, new RegisterLotRequest(lotId, "CS", "Choy sum", BigDecimal.TEN, "kg", null, null,
                null, null, CHOY_SUM_GTIN, null, Instant.parse("2026-01-01T00:00:00Z")), null, null, null, null,
                null, null, null);
    }

    private static ImportedEvent ship(final String id, final String lotId, final String to) {
        return new ImportedEvent(id, null, new ShipRequest(lotId, to, null, null, null, null), null, null, null, null,
                null, null);
    }

    private static String request(final ImportedEvent... events) {
        return json(new ImportEventsRequest(List.of(events)));
    }

    @Test
    void later_events_see_what_earlier_ones_wrote_and_each_keeps_its_epcis_event_id() {
        final ImportEventsResult result = submit(FARM1, ctx -> contract.importEvents(ctx, request(
                register("urn:uuid:a", "I1"), ship("urn:uuid:b", "I1", "ProcMSP"))), ImportEventsResult.class);
        assertThat(result.events()).extracting(ImportEventsResult.Entry::epcisEventId)
                .containsExactly("urn:uuid:a", "urn:uuid:b");
        assertThat(lot("I1").status()).isEqualTo(LotStatus.IN_TRANSIT);
        final TrackingEvent shipped = evaluate(FARM1, ctx -> contract.getEvent(ctx, result.events().get(1).eventId()),
                org.tracechain.model.food.EventDetails.class).event();
        assertThat(shipped.body().epcisEventId()).isEqualTo("urn:uuid:b");
        assertThat(ledger.events().get(ledger.events().size() - 1).name()).isEqualTo("EventsImported");
        assertThat(ledger.validationParameter(FoodKeys.lot("I1"))).isPresent();
    }

    @Test
    void one_refused_event_refuses_the_whole_document_with_its_index_and_event_id() {
        final var before = ledger.snapshot();
        assertThatThrownBy(() -> ledger.submit(FARM1, ctx -> contract.importEvents(ctx, request(
                register("urn:uuid:a", "I1"), ship("urn:uuid:b", "I1", "GhostMSP")))))
                .isInstanceOfSatisfying(ChaincodeException.class, e -> {
                    assertThat(Refusal.codeOf(e)).isEqualTo("UNKNOWN_ORGANIZATION");
                    assertThat(e.getMessage()).startsWith("[UNKNOWN_ORGANIZATION] event 1 (urn:uuid:b): toMspId");
                });
        assertThat(ledger.snapshot()).isEqualTo(before);
    }

    @Test
    void an_epcis_event_is_imported_once() {
        assertRefused("DUPLICATE_EVENT", FARM1, ctx -> contract.importEvents(ctx, request(register("urn:uuid:a", "I1"),
                register("urn:uuid:a", "I2"))));
        submit(FARM1, ctx -> contract.importEvents(ctx, request(register("urn:uuid:a", "I1"))));
        assertRefused("DUPLICATE_EVENT", FARM1, ctx -> contract.importEvents(ctx, request(register("urn:uuid:a",
                "I2"))));
    }

    @Test
    void each_event_carries_exactly_one_request_and_a_document_at_most_a_hundred() {
        assertRefused("INVALID_FIELD", FARM1, ctx -> contract.importEvents(ctx, request(new ImportedEvent("urn:uuid:a",
                null, null, null, null, null, null, null, null))));
        assertRefused("INVALID_FIELD", FARM1, ctx -> contract.importEvents(ctx, "{\"events\":[]}"));
        assertRefused("INVALID_FIELD", FARM1, ctx -> contract.importEvents(ctx, request(register("urn:uuid: a",
                "I1"))));
        final List<ImportedEvent> many = new ArrayList<>(Collections.nCopies(101, register("urn:uuid:x", "I")));
        assertRefused("TOO_MANY_VALUES", FARM1, ctx -> contract.importEvents(ctx, json(new ImportEventsRequest(many))));
    }

    @Test
    void an_import_cannot_do_what_the_caller_could_not_do_one_call_at_a_time() {
        assertRefused("ACCESS_DENIED", CARRIER, ctx -> contract.importEvents(ctx, request(register("urn:uuid:a",
                "I1"))));
        registerLot(FARM2, "F2", "1");
        assertRefused("NOT_HOLDER", FARM1, ctx -> contract.importEvents(ctx, request(ship("urn:uuid:a", "F2",
                "ProcMSP"))));
    }
}
