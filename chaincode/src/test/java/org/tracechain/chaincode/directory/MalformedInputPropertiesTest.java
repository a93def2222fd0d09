// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.model.directory.ApproveSharingRequest;
import org.tracechain.model.directory.ConfigureRequest;
import org.tracechain.model.directory.CreateEntryRequest;
import org.tracechain.model.directory.DirectoryError;
import org.tracechain.model.directory.LogAccessRequest;
import org.tracechain.model.directory.PublishEntryRequest;
import org.tracechain.model.directory.RefuseSharingRequest;
import org.tracechain.model.directory.RegisterDepartmentRequest;
import org.tracechain.model.directory.RegisterDutyRequest;
import org.tracechain.model.directory.RetireEntryRequest;
import org.tracechain.model.directory.ReviseEntryRequest;
import org.tracechain.model.directory.RevokeGrantRequest;
import org.tracechain.model.directory.SubmitSharingRequest;
import org.tracechain.model.directory.UpdateDutyRequest;
import org.tracechain.model.directory.WithdrawSharingRequest;
import org.tracechain.model.json.LedgerJson;

/**
 * Garbage, malformed and oversized arguments to every submit transaction are refused with a govdir error
 * code and never change the ledger. Each transaction is called by an identity allowed to run it, on a
 * ledger where a valid argument would succeed, so the refusal comes from input handling.
 */
class MalformedInputPropertiesTest extends DirectoryFixture {

    private static final Instant SOON = Instant.parse("2026-02-01T00:00:00Z");

    /** A submit transaction, who may call it and a valid argument for it. */
    record Tx(String name, TestIdentity caller, String validJson,
            BiFunction<DirectoryContract, String, Function<Context, String>> with) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Tx> TRANSACTIONS = List.of(
            tx("Configure", REGULATOR_ADMIN, new ConfigureRequest(List.of(REGULATOR_MSP, "AuditMSP"), List.of()),
                    (c, j) -> ctx -> c.configure(ctx, j)),
            tx("RegisterDepartment", CIVIL_ADMIN, new RegisterDepartmentRequest("BJ-HD-MCA", "海淀区民政局", CIVIL),
                    (c, j) -> ctx -> c.registerDepartment(ctx, j)),
            tx("RegisterDuty", MARKET_ADMIN, new RegisterDutyRequest("SAMR-D09", MARKET, "t", "b", "d"),
                    (c, j) -> ctx -> c.registerDuty(ctx, j)),
            tx("UpdateDuty", MARKET_ADMIN, new UpdateDutyRequest(MARKET_DUTY, "t", "b", "d"),
                    (c, j) -> ctx -> c.updateDuty(ctx, j)),
            tx("CreateEntry", MARKET_ADMIN, new CreateEntryRequest("SAMR-009", MARKET, penalties(), "n"),
                    (c, j) -> ctx -> c.createEntry(ctx, j)),
            tx("ReviseEntry", MARKET_ADMIN, new ReviseEntryRequest("SAMR-002", registrations(), "n", 2),
                    (c, j) -> ctx -> c.reviseEntry(ctx, j)),
            tx("PublishEntry", MARKET_ADMIN, new PublishEntryRequest("SAMR-003", "n", 1),
                    (c, j) -> ctx -> c.publishEntry(ctx, j)),
            tx("RetireEntry", MARKET_ADMIN, new RetireEntryRequest("SAMR-002", "r", 2),
                    (c, j) -> ctx -> c.retireEntry(ctx, j)),
            tx("SubmitRequest", CIVIL_REQUESTER, new SubmitSharingRequest("R9", CIVIL, "SAMR-002", List.of(USCC), "p",
                    "b", "s", SOON, SOON.plusSeconds(86_400)), (c, j) -> ctx -> c.submitRequest(ctx, j)),
            tx("ApproveRequest", MARKET_ADMIN, new ApproveSharingRequest("R1", SOON, SOON.plusSeconds(86_400), "n"),
                    (c, j) -> ctx -> c.approveRequest(ctx, j)),
            tx("RefuseRequest", MARKET_ADMIN, new RefuseSharingRequest("R1", "r"), (c, j) -> ctx -> c.refuseRequest(ctx, j)),
            tx("WithdrawRequest", CIVIL_REQUESTER, new WithdrawSharingRequest("R1", "r"),
                    (c, j) -> ctx -> c.withdrawRequest(ctx, j)),
            tx("RevokeGrant", MARKET_ADMIN, new RevokeGrantRequest("R0", "r"), (c, j) -> ctx -> c.revokeGrant(ctx, j)),
            tx("LogAccess", CIVIL_REQUESTER, new LogAccessRequest("R0", List.of(USCC), "p"),
                    (c, j) -> ctx -> c.logAccess(ctx, j)));

    private static Tx tx(final String name, final TestIdentity caller, final Object valid,
            final BiFunction<DirectoryContract, String, Function<Context, String>> with) {
        return new Tx(name, caller, LedgerJson.toJson(valid), with);
    }

    @BeforeProperty
    void setUp() {
        catalog();
        create(MARKET_ADMIN, "SAMR-003", MARKET, registrations());
        submit(CIVIL_REQUESTER, "R0", CIVIL, "SAMR-001", USCC); // auto-granted
        submit(CIVIL_REQUESTER, "R1", CIVIL, "SAMR-002", USCC); // pending
    }

    @Property(tries = 300)
    void valid_arguments_succeed_so_the_refusals_below_are_about_input(@ForAll("transactions") final Tx tx) {
        // Run on a throw-away ledger: the property ledger must stay as set up.
        final MalformedInputPropertiesTest fresh = new MalformedInputPropertiesTest();
        fresh.setUp();
        assertThat(fresh.ledger.submit(tx.caller(), tx.with().apply(fresh.contract, tx.validJson()))).isNotBlank();
    }

    @Property(tries = 1500)
    void garbage_strings_are_refused_without_changing_the_ledger(@ForAll("transactions") final Tx tx,
            @ForAll final String garbage) {
        assertRefusedWithDirectoryCode(tx, garbage);
    }

    @Property(tries = 3000)
    void mutated_json_is_refused_without_changing_the_ledger(@ForAll("mutations") final Object[] txAndJson) {
        assertRefusedWithDirectoryCode((Tx) txAndJson[0], (String) txAndJson[1]);
    }

    @Property(tries = 50)
    void oversized_arguments_are_refused(@ForAll("transactions") final Tx tx) {
        final String huge = tx.validJson().replaceFirst("\\{", "{\"padding\":\"" + "x".repeat(org.tracechain.chaincode.validation.JsonArgument.MAX_CHARS) + "\",");
        assertRefusedWithDirectoryCode(tx, huge);
        assertRefusedWithDirectoryCode(tx, "[".repeat(5000));
    }

    private void assertRefusedWithDirectoryCode(final Tx tx, final String json) {
        final var before = ledger.snapshot();
        final int events = ledger.events().size();
        assertThatThrownBy(() -> ledger.submit(tx.caller(), tx.with().apply(contract, json)))
                .isInstanceOfSatisfying(ChaincodeException.class, e -> assertThat(
                        java.util.stream.Stream.concat(Arrays.stream(DirectoryError.values()), Arrays.stream(org.tracechain.model.error.CommonError.values())).map(Enum::name)).contains(Refusal.codeOf(e)));
        assertThat(ledger.snapshot()).isEqualTo(before);
        assertThat(ledger.events()).hasSize(events);
    }

    @Provide
    Arbitrary<Tx> transactions() {
        return Arbitraries.of(TRANSACTIONS);
    }

    @Provide
    Arbitrary<Object[]> mutations() {
        final Arbitrary<Tx> txs = transactions();
        final Arbitrary<Integer> mutation = Arbitraries.integers().between(0, 5);
        final Arbitrary<Long> seed = Arbitraries.longs();
        final Arbitrary<String> text = Arbitraries.strings().ofMinLength(1).ofMaxLength(8);
        return Combinators.combine(txs, mutation, seed, text)
                .as((tx, m, s, t) -> new Object[] {tx, mutate(tx.validJson(), m, new Random(s), t)});
    }

    /** One always-invalidating change to a valid argument. */
    static String mutate(final String validJson, final int mutation, final Random random, final String text) {
        final ObjectNode root = (ObjectNode) LedgerJson.readTree(validJson);
        final List<JsonNode[]> slots = new ArrayList<>(); // [parent, index-or-name holder]
        collect(root, slots);
        final JsonNode[] slot = slots.get(random.nextInt(slots.size()));
        final JsonNodeFactory f = JsonNodeFactory.instance;
        switch (mutation) {
            case 0 -> root.put("unexpected" + Math.abs(text.hashCode()), text); // unknown property
            case 1 -> replace(slot, random.nextBoolean() ? f.objectNode().put("x", text) : f.arrayNode().add(f.arrayNode()));
            case 2 -> replace(slot, f.textNode("y".repeat(4001 + random.nextInt(6000)))); // longer than any field
            case 3 -> replace(slot, f.textNode("ok" + (random.nextBoolean() ? "\u0000" : "\ud800") + text)); // control / lone surrogate
            case 4 -> {
                final String json = LedgerJson.toJson(root);
                return json.substring(0, random.nextInt(json.length())); // truncated
            }
            default -> {
                return LedgerJson.toJson(root) + (random.nextBoolean() ? "}" : " {\"" + text + "\":1}"); // trailing
            }
        }
        return LedgerJson.toJson(root);
    }

    /** Every scalar value in the tree, as [container, key] pairs; strings only so replacements stay invalid. */
    private static void collect(final JsonNode node, final List<JsonNode[]> slots) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                final JsonNode child = object.get(name);
                if (child.isContainerNode()) {
                    collect(child, slots);
                } else if (child.isTextual()) {
                    slots.add(new JsonNode[] {object, JsonNodeFactory.instance.textNode(name)});
                }
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                final JsonNode child = array.get(i);
                if (child.isContainerNode()) {
                    collect(child, slots);
                } else if (child.isTextual()) {
                    slots.add(new JsonNode[] {array, JsonNodeFactory.instance.numberNode(i)});
                }
            }
        }
    }

    private static void replace(final JsonNode[] slot, final JsonNode value) {
        if (slot[0] instanceof ObjectNode object) {
            object.set(slot[1].asText(), value);
        } else {
            ((ArrayNode) slot[0]).set(slot[1].asInt(), value);
        }
    }
}
