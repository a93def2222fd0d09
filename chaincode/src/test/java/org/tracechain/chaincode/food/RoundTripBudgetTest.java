// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.hyperledger.fabric.shim.Chaincode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracechain.chaincode.testing.InMemoryStub;
import org.tracechain.chaincode.testing.Routing;
import org.tracechain.model.food.AggregateRequest;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.InspectRequest;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.TransformKind;
import org.tracechain.model.food.TransformOutput;
import org.tracechain.model.food.TransformRequest;

/**
 * What the hot transactions cost in chaincode ↔ peer round trips, through the production call path (the gate, the
 * contract router, the runtime's batched writes and multi-key reads). Each read is sent and its answer awaited, so on
 * a busy machine these counts, not the Java code, decide much of a transaction's time and CPU in the chaincode
 * server and the peer: a minimal {@code Put} makes one. A change that adds a round trip to these paths should have a
 * reason.
 */
class RoundTripBudgetTest extends FoodFixture {

    private final Chaincode food = Routing.chaincode(FoodTransaction.TABLE);

    @BeforeEach
    void ledger() {
        configure();
        registerLot(FARM1, "L0", "10");
    }

    private InMemoryStub call(final InMemoryStub stub, final String transaction, final String argument) {
        final Chaincode.Response response = food.invoke(stub.withRawArgs(Routing.args(transaction, argument)));
        assertThat(response.getStatusCode()).as(response.getMessage()).isLessThan(400);
        return stub;
    }

    @Test
    void register_lot() {
        final InMemoryStub stub = call(ledger.begin(FARM1, Map.of()), "RegisterLot", json(new RegisterLotRequest("L1",
                CHOY_SUM_GTIN, "Choy sum", new BigDecimal("120.5"), "kg", null, null, null, null, CHOY_SUM_GTIN,
                null, null)));

        // One read: the caller's party record (its primary site is the lot's origin), the lot id and the trace code
        // not yet taken, together. The REGISTER event names the new lot, so its id cannot be taken and is not read.
        // Then one batch of nine writes: the lot, its holder, product, status and registration-date index entries,
        // its trace code lookup, its key-level endorsement policy, the event and the lot's event index entry.
        assertThat(stub.ledgerReads()).isEqualTo(1);
        assertThat(stub.writes()).hasSize(8);
        assertThat(stub.roundTrips()).isEqualTo(2);
        assertThat(stub.queriesOpenOnPeer()).isZero();
    }

    @Test
    void inspect() {
        final InMemoryStub stub = call(ledger.begin(LAB, Map.of()), "Inspect", json(new InspectRequest("L0",
                "lead", new BigDecimal("0.05"), new BigDecimal("0.1"), "mg/kg", null, null, null, null, null, null,
                null, null)));

        // Two reads: the lot's custody and regulation records and the inspector's party record (its primary site is
        // where the inspection happened) together, then the event not yet recorded; one batch of writes: the event
        // and the lot's event index entry.
        assertThat(stub.ledgerReads()).isEqualTo(2);
        assertThat(stub.roundTrips()).isEqualTo(3);
    }

    @Test
    void split_into_a_hundred_lots() {
        deliver(FARM1, "L0", PROCESSOR);
        final List<TransformOutput> outputs = IntStream.range(0, 100)
                .mapToObj(i -> output("S" + i, "0.1")).toList();
        final InMemoryStub stub = call(ledger.begin(PROCESSOR, Map.of()), "Transform", json(new TransformRequest(
                TransformKind.SPLIT, List.of(input("L0", "10")), outputs, null, null, null, null)));

        // One read, whatever the number of outputs: the input's records, the processor's party record (its primary
        // site is where the split happened), the outputs' lot ids and trace codes not yet taken, together (the
        // TRANSFORM event names new lots: its id is not read). Writing a hundred lots with their indexes and
        // policies takes two batches.
        assertThat(stub.ledgerReads()).isEqualTo(1);
        assertThat(stub.roundTrips()).isEqualTo(3);
        assertThat(stub.queriesOpenOnPeer()).isZero();
    }

    @Test
    void pack_twenty_lots() {
        final List<String> lots = twentyLots();
        lots.forEach(id -> deliver(FARM1, id, PROCESSOR));
        final InMemoryStub stub = call(ledger.begin(PROCESSOR, Map.of()), "Aggregate",
                json(new AggregateRequest("PALLET-1", lots, null, null, null)));

        // The lots' records and the processor's party record in one read, the event not yet recorded in another: not
        // one read per lot.
        assertThat(stub.ledgerReads()).isEqualTo(2);
    }

    @Test
    void report_readings_on_twenty_lots() {
        final List<String> lots = twentyLots();
        lots.forEach(id -> ship(FARM1, id, "CarrierMSP"));
        final InMemoryStub stub = call(ledger.begin(CARRIER, Map.of()), "RecordSensorReadings",
                json(ColdChainTest.readings(lots, "2.5", "3.1")));

        // The lots' records and the site the readings name in one read, the event not yet recorded in another.
        assertThat(stub.ledgerReads()).isEqualTo(2);
    }

    private List<String> twentyLots() {
        final List<String> lots = IntStream.range(1, 21).mapToObj(i -> "P" + i).toList();
        lots.forEach(id -> registerLot(FARM1, id, "1"));
        return lots;
    }

    @Test
    void get_lot() {
        final InMemoryStub stub = call(ledger.begin(FARM1, Map.of()), "GetLot", "L0");

        // The custody record and the regulation record laid over it, in one exchange.
        assertThat(stub.roundTrips()).isEqualTo(1);
    }
}
