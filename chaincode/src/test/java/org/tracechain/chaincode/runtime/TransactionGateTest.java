// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.shim.Chaincode;
import org.junit.jupiter.api.Test;
import org.tracechain.chaincode.testing.FoodMasterData;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.chaincode.testing.InMemoryStub;
import org.tracechain.chaincode.testing.Routing;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.identity.Role;
import org.tracechain.model.transaction.TransactionTable;

/** Calls through the production path (gate + Fabric's contract router) on the in-memory ledger. */
class TransactionGateTest {

    private static final TestIdentity FARMER = TestIdentities.client("FarmMSP", "farmer", Role.PRODUCER);
    private static final TestIdentity CATALOGER = TestIdentities.client("CivilMSP", "cataloger", Role.CATALOG_ADMIN);
    private static final String LOT = "{\"lotId\":\"L1\",\"productCode\":\"P1\",\"productName\":\"Leek\","
            + "\"quantity\":5,\"unit\":\"kg\"}";

    private final InMemoryLedger ledger = new InMemoryLedger("foodtrace");
    private final Chaincode food = Routing.chaincode(FoodTransaction.TABLE);
    private final Chaincode directory = Routing.chaincode(DirectoryTransaction.TABLE);

    /** Runs one call on its own stub and returns the response, asserting a refusal read nothing and wrote nothing. */
    private Chaincode.Response call(final Chaincode chaincode, final TestIdentity who, final Map<String, byte[]> transientData,
            final List<byte[]> args) {
        final var before = ledger.snapshot();
        final InMemoryStub stub = ledger.begin(who, transientData).withRawArgs(args);
        final Chaincode.Response response = chaincode.invoke(stub);
        if (response.getStatusCode() < 400) {
            ledger.commit(stub);
        } else {
            assertThat(ledger.snapshot()).isEqualTo(before);
        }
        return response;
    }

    private void assertRefusedUnread(final Chaincode chaincode, final String code, final Map<String, byte[]> transientData,
            final List<byte[]> args) {
        final InMemoryStub stub = ledger.begin(FARMER, transientData).withRawArgs(args);
        final Chaincode.Response response = chaincode.invoke(stub);
        assertThat(response.getStatusCode()).as(response.getMessage()).isEqualTo(400);
        assertThat(response.getMessage()).startsWith("[" + code + "] ");
        assertThat(new String(response.getPayload(), StandardCharsets.UTF_8)).isEqualTo(code);
        assertThat(stub.ledgerReads()).as("ledger reads before the refusal").isZero();
    }

    private static List<byte[]> raw(final byte[]... args) {
        return List.of(args);
    }

    @Test
    void a_call_without_any_argument_is_refused_not_committed_as_a_no_op() {
        for (final Chaincode chaincode : List.of(food, directory)) {
            assertRefusedUnread(chaincode, "WRONG_ARGUMENTS", Map.of(), List.of());
        }
        assertThat(ledger.committedTransactions()).isEmpty();
    }

    @Test
    void missing_and_extra_arguments_are_refused_before_the_ledger_is_read() {
        assertRefusedUnread(food, "WRONG_ARGUMENTS", Map.of(), Routing.args("RegisterLot"));
        assertRefusedUnread(food, "WRONG_ARGUMENTS", Map.of(), Routing.args("RegisterLot", LOT, "extra"));
        assertRefusedUnread(food, "WRONG_ARGUMENTS", Map.of(), Routing.args("GetLot", "L1", "L2"));
        assertRefusedUnread(food, "WRONG_ARGUMENTS", Map.of(), Routing.args("WhoAmI", ""));
        assertRefusedUnread(directory, "WRONG_ARGUMENTS", Map.of(), Routing.args("RegisterDepartment"));
        assertRefusedUnread(directory, "WRONG_ARGUMENTS", Map.of(), Routing.args("GetDepartment", "A", "B"));
    }

    @Test
    void every_transaction_of_both_tables_refuses_one_argument_too_many_and_too_few() {
        for (final TransactionTable table : List.of(FoodTransaction.TABLE, DirectoryTransaction.TABLE)) {
            final Chaincode chaincode = Routing.chaincode(table);
            for (final var signature : table.all()) {
                final List<byte[]> args = new ArrayList<>(Routing.args(signature.name()));
                for (int i = 0; i <= signature.arity(); i++) {
                    args.add("{}".getBytes(StandardCharsets.UTF_8));
                }
                assertRefusedUnread(chaincode, "WRONG_ARGUMENTS", Map.of(), args);
                if (signature.arity() > 0) {
                    assertRefusedUnread(chaincode, "WRONG_ARGUMENTS", Map.of(),
                            args.subList(0, signature.arity()));
                }
            }
        }
    }

    @Test
    void unknown_empty_foreign_and_malformed_names_are_unknown_transactions() {
        for (final String name : List.of("", "Nope", "registerLot", ":", "foodtrace:", ":RegisterLot",
                "govdir:RegisterDepartment", "foodtrace:RegisterLot:x", "RegisterLot:x", "nope:GetLot",
                "org.hyperledger.fabric:GetLot")) {
            assertRefusedUnread(food, "UNKNOWN_TRANSACTION", Map.of(), Routing.args(name, LOT));
        }
        assertRefusedUnread(directory, "UNKNOWN_TRANSACTION", Map.of(), Routing.args("RegisterLot", LOT));
    }

    @Test
    void invalid_utf8_anywhere_in_the_call_is_refused_not_replaced() {
        final byte[] badName = {'G', 'e', 't', 'L', 'o', 't', (byte) 0xFF};
        final byte[] badArgument = LOT.replace("Leek", "Le?k").getBytes(StandardCharsets.UTF_8);
        badArgument[LOT.indexOf("Leek") + 2] = (byte) 0xFF;
        final byte[] encodedSurrogate = {'L', (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        final byte[] overlong = {'L', (byte) 0xC0, (byte) 0xAF};
        assertRefusedUnread(food, "INVALID_ENCODING", Map.of(), raw(badName, "L1".getBytes(StandardCharsets.UTF_8)));
        assertRefusedUnread(food, "INVALID_ENCODING", Map.of(), raw("RegisterLot".getBytes(StandardCharsets.UTF_8),
                badArgument));
        assertRefusedUnread(food, "INVALID_ENCODING", Map.of(), raw("GetLot".getBytes(StandardCharsets.UTF_8),
                encodedSurrogate));
        assertRefusedUnread(directory, "INVALID_ENCODING", Map.of(), raw("GetDepartment".getBytes(
                StandardCharsets.UTF_8), overlong));
        assertThat(ledger.keys()).isEmpty();
    }

    @Test
    void json_escapes_for_lone_surrogates_and_duplicate_keys_are_refused_by_the_contract() {
        final var surrogate = call(food, FARMER, Map.of(), Routing.args("RegisterLot", LOT.replace("Leek", "Le\\ud800k")));
        assertThat(surrogate.getMessage()).startsWith("[INVALID_ENCODING]");
        final var duplicate = call(food, FARMER, Map.of(), Routing.args("RegisterLot",
                LOT.replace("{", "{\"lotId\":\"L0\",")));
        assertThat(duplicate.getMessage()).startsWith("[MALFORMED_JSON]");
        assertThat(ledger.keys()).isEmpty();
    }

    @Test
    void transient_entries_a_transaction_does_not_take_are_refused() {
        final Map<String, byte[]> terms = Map.of("terms", "{}".getBytes(StandardCharsets.UTF_8));
        assertRefusedUnread(food, "WRONG_ARGUMENTS", terms, Routing.args("RegisterLot", LOT));
        assertRefusedUnread(food, "WRONG_ARGUMENTS", Map.of("price", new byte[] {1}),
                Routing.args("Ship", "{\"lotId\":\"L1\",\"toMspId\":\"X\"}"));
        assertRefusedUnread(directory, "WRONG_ARGUMENTS", terms, Routing.args("GetDepartment", "D1"));
    }

    @Test
    void a_valid_call_runs_under_either_name_form_and_refusals_answer_400_with_their_code() {
        FoodMasterData.seed(ledger, FARMER.mspId());
        final var registered = call(food, FARMER, Map.of(), Routing.args("RegisterLot", LOT));
        assertThat(registered.getStatusCode()).isEqualTo(200);
        assertThat(registered.getStringPayload()).contains("\"lotId\":\"L1\"");
        final var read = call(food, FARMER, Map.of(), Routing.args("foodtrace:GetLot", "L1"));
        assertThat(read.getStatusCode()).isEqualTo(200);

        final var again = call(food, FARMER, Map.of(), Routing.args("foodtrace:RegisterLot", LOT));
        assertThat(again.getStatusCode()).isEqualTo(400);
        assertThat(again.getMessage()).startsWith("[LOT_ALREADY_EXISTS] ");
        assertThat(again.getStringPayload()).isEqualTo("LOT_ALREADY_EXISTS");

        final var department = call(directory, CATALOGER, Map.of(), Routing.args("RegisterDepartment",
                "{\"code\":\"BJ-MCA\",\"name\":\"x\"}"));
        assertThat(department.getStatusCode()).as(department.getMessage()).isEqualTo(200);
    }

    @Test
    void a_transaction_whose_writes_do_not_reach_the_peer_is_a_fault_with_nothing_written() {
        FoodMasterData.seed(ledger, FARMER.mspId());
        final InMemoryStub stub = ledger.begin(FARMER, Map.of()).withRawArgs(Routing.args("RegisterLot", LOT));
        stub.breakWrites("the stream to the peer broke");

        final Chaincode.Response response = food.invoke(stub);

        assertThat(response.getStatusCode()).isEqualTo(500);
        assertThat(response.getMessage()).isEqualTo("writes did not reach the peer");
        assertThat(stub.writes()).isEmpty();
    }

    @Test
    void the_contract_api_metadata_stays_reachable() {
        final var metadata = call(food, FARMER, Map.of(), Routing.args("org.hyperledger.fabric:GetMetadata"));
        assertThat(metadata.getStatusCode()).isEqualTo(200);
        assertThat(metadata.getStringPayload()).contains("RegisterLot");
    }

    @Test
    void a_read_only_transaction_cannot_write() {
        final TransactionTable.Resolved getLot = FoodTransaction.TABLE.resolve("GetLot").orElseThrow();
        final InMemoryStub stub = ledger.begin(FARMER, Map.of()).withRawArgs(Routing.args("GetLot", "L1"));
        final ResolvedCallStub resolved = new ResolvedCallStub(stub, getLot);
        assertThat(resolved.getFunction()).isEqualTo("foodtrace:GetLot");
        assertThat(resolved.getParameters()).containsExactly("L1");
        assertThatThrownBy(() -> resolved.putState("k", new byte[] {1})).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> resolved.setEvent("E", new byte[0])).isInstanceOf(IllegalStateException.class);
    }
}
