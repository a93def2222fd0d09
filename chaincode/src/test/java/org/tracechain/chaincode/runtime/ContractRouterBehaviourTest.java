// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.shim.Chaincode;
import org.junit.jupiter.api.Test;
import org.tracechain.chaincode.testing.FoodMasterData;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.chaincode.testing.Routing;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.identity.Role;

/**
 * How fabric-chaincode-java 2.5.10's {@code ContractRouter} dispatches on its own, without the gate: the
 * behaviour the {@link TransactionGate} exists to replace. If a shim upgrade changes any of this, the gate's
 * documentation (and perhaps the gate) must change too.
 */
class ContractRouterBehaviourTest {

    private static final TestIdentity FARMER = TestIdentities.client("FarmMSP", "farmer", Role.PRODUCER);
    private static final String LOT = "{\"lotId\":\"L1\",\"productCode\":\"P1\",\"productName\":\"Leek\","
            + "\"quantity\":5,\"unit\":\"kg\"}";

    /** The bare router (the gate passes everything through when asked with a table-free chaincode). */
    private static Chaincode router() {
        Routing.chaincode(FoodTransaction.TABLE); // makes sure the shared router exists
        return RouterAccess.router();
    }

    @Test
    void no_arguments_at_all_is_a_successful_no_op() {
        final InMemoryLedger ledger = new InMemoryLedger("foodtrace");
        final Chaincode.Response response = ledger.invoke(FARMER, Map.of(), router(), List.of());
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(ledger.committedTransactions()).hasSize(1);
    }

    @Test
    void missing_arguments_are_an_unexpected_error_and_extra_ones_are_ignored() {
        final InMemoryLedger ledger = new InMemoryLedger("foodtrace");
        FoodMasterData.seed(ledger, FARMER.mspId());
        final Chaincode.Response missing = ledger.invoke(FARMER, Map.of(), router(),
                Routing.args("foodtrace:RegisterLot"));
        assertThat(missing.getStatusCode()).isEqualTo(500);
        assertThat(missing.getMessage()).isEqualTo("Unexpected error");

        final Chaincode.Response extra = ledger.invoke(FARMER, Map.of(), router(),
                Routing.args("foodtrace:RegisterLot", LOT, "ignored", "also ignored"));
        assertThat(extra.getStatusCode()).isEqualTo(200);
    }

    @Test
    void unknown_names_go_to_unknown_transaction_and_unknown_namespaces_or_colons_are_faults() {
        final InMemoryLedger ledger = new InMemoryLedger("foodtrace");
        final Chaincode.Response unknown = ledger.invoke(FARMER, Map.of(), router(), Routing.args("foodtrace:Nope"));
        assertThat(unknown.getMessage()).startsWith("[UNKNOWN_TRANSACTION]");
        final Chaincode.Response empty = ledger.invoke(FARMER, Map.of(), router(), Routing.args("foodtrace:"));
        assertThat(empty.getMessage()).startsWith("[UNKNOWN_TRANSACTION]");
        final Chaincode.Response namespace = ledger.invoke(FARMER, Map.of(), router(), Routing.args("nope:GetLot", "L1"));
        assertThat(namespace.getStatusCode()).isEqualTo(500);
        assertThat(namespace.getMessage()).isEqualTo("Undefined contract called");
        final Chaincode.Response colons = ledger.invoke(FARMER, Map.of(), router(), Routing.args(":"));
        assertThat(colons.getMessage()).isEqualTo("Unexpected error");
    }

    @Test
    void invalid_utf8_arguments_reach_the_contract_as_replacement_characters() {
        final InMemoryLedger ledger = new InMemoryLedger("foodtrace");
        FoodMasterData.seed(ledger, FARMER.mspId());
        final byte[] lot = LOT.replace("Leek", "Le\u0000k").getBytes(StandardCharsets.UTF_8);
        lot[LOT.indexOf("Leek") + 2] = (byte) 0xFF;
        final Chaincode.Response response = ledger.invoke(FARMER, Map.of(), router(),
                List.of("foodtrace:RegisterLot".getBytes(StandardCharsets.UTF_8), lot));
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(ledger.stateAsString("\u0000lot\u0000L1\u0000").orElseThrow()).contains("Le\uFFFDk");
    }
}
