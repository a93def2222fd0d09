// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench.ceiling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.hyperledger.fabric.shim.Chaincode;
import org.junit.jupiter.api.Test;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.chaincode.testing.Routing;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.chaincode.testing.TestIdentity;

/**
 * The ceiling contract on the production call path (Fabric's contract router behind tracechain's gate, found by
 * classpath scan as in the chaincode server), against the chaincode module's in-memory ledger.
 */
class CeilingContractTest {

    private static final TestIdentity CALLER = TestIdentities.client("ProducerMSP", "farmer");

    private final InMemoryLedger ledger = new InMemoryLedger("ceiling");
    private final Chaincode chaincode = Routing.chaincode(CeilingTransaction.TABLE);

    private Chaincode.Response call(final String function, final String... arguments) {
        return ledger.invoke(CALLER, Map.of(), chaincode, Routing.args(function, arguments));
    }

    @Test
    void put_writes_exactly_one_key_and_get_reads_it_back() {
        assertThat(call("Put", "k1", "v1").getStatusCode()).isEqualTo(200);
        assertThat(ledger.keys()).containsExactly("k1");
        assertThat(ledger.stateAsString("k1")).contains("v1");

        final Chaincode.Response read = call("Get", "k1");
        assertThat(read.getStatusCode()).isEqualTo(200);
        assertThat(new String(read.getPayload(), StandardCharsets.UTF_8)).isEqualTo("v1");
    }

    @Test
    void put_overwrites_and_the_contract_namespace_routes_the_same_call() {
        call("Put", "k1", "v1");
        assertThat(call("ceiling:Put", "k1", "v2").getStatusCode()).isEqualTo(200);
        assertThat(ledger.stateAsString("k1")).contains("v2");
    }

    @Test
    void get_of_a_missing_key_is_refused_with_its_code_and_writes_nothing() {
        final Chaincode.Response read = call("Get", "absent");
        assertThat(read.getStatusCode()).isEqualTo(400);
        assertThat(new String(read.getPayload(), StandardCharsets.UTF_8)).isEqualTo("CEILING_KEY_NOT_FOUND");
        assertThat(ledger.keys()).isEmpty();
    }

    @Test
    void blank_keys_wrong_arity_and_unknown_transactions_are_refused_before_the_ledger_changes() {
        assertThat(refusal(call("Put", " ", "v"))).isEqualTo("INVALID_FIELD");
        assertThat(refusal(call("Put", "k1"))).isEqualTo("WRONG_ARGUMENTS");
        assertThat(refusal(call("Delete", "k1"))).isEqualTo("UNKNOWN_TRANSACTION");
        assertThat(refusal(call("foodtrace:RegisterLot", "{}"))).isEqualTo("UNKNOWN_TRANSACTION");
        assertThat(ledger.keys()).isEmpty();
    }

    private static String refusal(final Chaincode.Response response) {
        assertThat(response.getStatusCode()).isEqualTo(400);
        return new String(response.getPayload(), StandardCharsets.UTF_8);
    }
}
