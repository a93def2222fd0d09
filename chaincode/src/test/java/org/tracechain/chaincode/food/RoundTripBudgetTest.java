// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.hyperledger.fabric.contract.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracechain.chaincode.testing.InMemoryStub;
import org.tracechain.model.food.RegisterLotRequest;

/**
 * What the hot transactions cost in chaincode ↔ peer round trips. The Java shim sends every read and every write on
 * its own and waits for the answer (it has neither Fabric 3.1's batched reads nor its batched writes), so on a busy
 * machine these counts, not the Java code, decide most of a transaction's time and CPU in the chaincode server: a
 * minimal {@code Put} makes one. A change that adds a round trip to these paths should have a reason.
 */
class RoundTripBudgetTest extends FoodFixture {

    @BeforeEach
    void ledger() {
        configure();
        registerLot(FARM1, "L0", "10");
    }

    @Test
    void register_lot() {
        final InMemoryStub stub = ledger.begin(FARM1, Map.of());
        contract.registerLot(new Context(stub), json(new RegisterLotRequest("L1", CHOY_SUM_GTIN, "Choy sum",
                new BigDecimal("120.5"), "kg", null, null, null, null, CHOY_SUM_GTIN, null, null)));

        // Four reads: the caller's party record (its primary site is the lot's origin), the lot id and the trace code
        // not yet taken (a scan read to its end), the REGISTER event not yet recorded. Nine writes: the lot, its
        // holder, product, status, registration-date and trace-code index entries, its key-level endorsement policy,
        // the event and the lot's event index entry.
        assertThat(stub.ledgerReads()).isEqualTo(4);
        assertThat(stub.writes()).hasSize(8);
        assertThat(stub.roundTrips()).isEqualTo(13);
        assertThat(stub.queriesOpenOnPeer()).isZero();
    }

    @Test
    void get_lot() {
        final InMemoryStub stub = ledger.begin(FARM1, Map.of());
        contract.getLot(new Context(stub), "L0");

        // The custody record and the regulation record laid over it.
        assertThat(stub.roundTrips()).isEqualTo(2);
    }
}
