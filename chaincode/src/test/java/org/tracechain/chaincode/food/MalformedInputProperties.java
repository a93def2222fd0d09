// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.model.food.ConfigurationRequest;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.identity.Role;
import org.tracechain.model.json.LedgerJson;

/**
 * Random malformed, oversized or garbage JSON for every submit transaction never changes the ledger and
 * always yields a foodtrace error code (never an unexpected exception).
 */
class MalformedInputProperties {

    private static final Set<String> CODES = Arrays.stream(FoodError.values()).map(Enum::name)
            .collect(Collectors.toSet());
    /** A caller with every role, in the organisation that holds the lots, and an authority. */
    private static final TestIdentity ALL_ROLES = TestIdentities.client("Farm1MSP", "all", Role.values());

    private static final FoodFixture FIXTURE = prepared();

    /** A submit transaction, a valid argument for it and the paths of its required fields. */
    private record Target(String name, TxCall call, String validJson, List<String> requiredPaths) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    private interface TxCall {
        String apply(FoodTraceContract contract, Context ctx, String json);
    }

    private static FoodFixture prepared() {
        final FoodFixture f = new FoodFixture();
        f.submit(TestIdentities.admin("Farm1MSP", "admin"), ctx -> f.contract.configure(ctx,
                FoodFixture.json(FoodFixture.configuration("Farm1MSP"))));
        f.registerLot(ALL_ROLES, "L1", "100");
        f.registerLot(ALL_ROLES, "L2", "100");
        return f;
    }

    private static final List<Target> TARGETS = List.of(
            target("RegisterLot", FoodTraceContract::registerLot,
                    "{'lotId':'N1','productCode':'P1','productName':'Leek','quantity':5,'unit':'kg'}",
                    "lotId", "productCode", "productName", "quantity", "unit"),
            target("RegisterSerials", FoodTraceContract::registerSerials, "{'lotId':'L1','serials':['S1']}",
                    "lotId", "serials"),
            target("Ship", FoodTraceContract::ship, "{'lotId':'L1','toMspId':'ProcMSP'}", "lotId", "toMspId"),
            target("Receive", FoodTraceContract::receive, "{'lotId':'L1'}", "lotId"),
            target("Sell", FoodTraceContract::sell, "{'lotId':'L1','quantity':1}", "lotId", "quantity"),
            target("Transform", FoodTraceContract::transform,
                    "{'kind':'SPLIT','inputs':[{'lotId':'L1','quantity':10}],'outputs':[{'lotId':'O1','quantity':5}]}",
                    "inputs", "outputs", "inputs.0.lotId", "inputs.0.quantity", "outputs.0.lotId",
                    "outputs.0.quantity"),
            target("Aggregate", FoodTraceContract::aggregate, "{'containerId':'C1','lotIds':['L1']}", "containerId",
                    "lotIds"),
            target("Disaggregate", FoodTraceContract::disaggregate, "{'containerId':'C1','lotIds':['L1']}",
                    "containerId"),
            target("Inspect", FoodTraceContract::inspect,
                    "{'lotId':'L1','analyte':'lead','result':0.01,'limit':0.1,'unit':'mg/kg'}", "lotId", "analyte",
                    "result", "unit"),
            target("RecordDocument", FoodTraceContract::recordDocument,
                    "{'hash':'" + "a".repeat(64) + "','uri':'https://d/1','type':'licence','issuer':'SAMR'}", "hash",
                    "uri", "type", "issuer"),
            target("RecordSensorReadings", FoodTraceContract::recordSensorReadings,
                    "{'lotIds':['L1'],'deviceId':'D1','unit':'Cel','maxAllowed':4,"
                            + "'readings':[{'time':'2026-01-01T00:00:00Z','value':3}]}",
                    "lotIds", "deviceId", "unit", "readings", "readings.0.time", "readings.0.value"),
            target("CorrectEvent", FoodTraceContract::correctEvent, "{'eventId':'" + "b".repeat(64)
                    + "','reason':'typo'}", "eventId", "reason"),
            target("Recall", FoodTraceContract::recall, "{'recallId':'R1','lotId':'L1','reason':'residue'}",
                    "recallId", "lotId", "reason"),
            target("AcknowledgeRecall", FoodTraceContract::acknowledgeRecall, "{'recallId':'R1'}", "recallId"),
            target("Hold", FoodTraceContract::hold, "{'lotId':'L1','reason':'x'}", "lotId", "reason"),
            target("Release", FoodTraceContract::release, "{'lotId':'L1','reason':'x'}", "lotId", "reason"),
            target("Configure", FoodTraceContract::configure, "{'authorityMspIds':['Farm1MSP']}", "authorityMspIds"));

    private static Target target(final String name, final TxCall call, final String valid, final String... required) {
        return new Target(name, call, valid.replace('\'', '"'), List.of(required));
    }

    /** Values that are wrong for any required field, whatever its type (string, decimal, list, object). */
    private static final List<JsonNode> BAD_VALUES = List.of(JsonNodeFactory.instance.nullNode(),
            JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.textNode(""),
            JsonNodeFactory.instance.textNode("   "), JsonNodeFactory.instance.arrayNode(),
            JsonNodeFactory.instance.arrayNode().addNull(), JsonNodeFactory.instance.textNode("\u0000"),
            JsonNodeFactory.instance.objectNode().put("x", 1));

    @Provide
    Arbitrary<Target> targets() {
        return Arbitraries.of(TARGETS);
    }

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings().withChars("{}[]\":,0123456789.eE-+truefalsn \\u").ofMaxLength(80),
                Arbitraries.just("null"), Arbitraries.just("[]"), Arbitraries.just("\"text\""), Arbitraries.just("42"));
    }

    @Property(tries = 300)
    void garbage_never_changes_state(@ForAll("targets") final Target target, @ForAll("garbage") final String json) {
        assertRefusedWithoutChange(target, json);
    }

    @Property(tries = 400)
    void a_bad_required_field_never_changes_state(@ForAll("targets") final Target target,
            @ForAll("fieldIndex") final int field, @ForAll("badValueIndex") final int bad, @ForAll final boolean remove) {
        final ObjectNode tree = (ObjectNode) LedgerJson.readTree(target.validJson());
        final String path = target.requiredPaths().get(field % target.requiredPaths().size());
        setPath(tree, path, remove ? null : BAD_VALUES.get(bad % BAD_VALUES.size()));
        assertRefusedWithoutChange(target, tree.toString());
    }

    @Property(tries = 200)
    void structural_damage_never_changes_state(@ForAll("targets") final Target target,
            @ForAll("damage") final Damage damage) {
        assertRefusedWithoutChange(target, damage.apply(target.validJson()));
    }

    @Provide
    Arbitrary<Integer> fieldIndex() {
        return Arbitraries.integers().between(0, 20);
    }

    @Provide
    Arbitrary<Integer> badValueIndex() {
        return Arbitraries.integers().between(0, BAD_VALUES.size() - 1);
    }

    /** A guaranteed-invalid change of a valid argument. */
    private record Damage(String kind, int position, String text) {
        String apply(final String json) {
            return switch (kind) {
                case "truncate" -> json.substring(0, position % json.length());
                case "trailing" -> json + "x" + text;
                case "unknownField" -> "{\"zz" + text.replaceAll("[\"\\\\\\p{Cntrl}]", "") + "\":1," + json.substring(1);
                case "oversized" -> json.replaceFirst(":\"[^\"]*\"", ":\"" + "y".repeat(300_000) + "\"");
                // Aimed at a numeric field: LedgerJson coerces numbers into string fields ("lotId":12 is "12").
                case "hugeNumber" -> json.matches(".*:\\d.*") ? json.replaceFirst(":\\d+(\\.\\d+)?", ":1e999999999")
                        : json + "x";
                default -> throw new IllegalStateException(kind);
            };
        }
    }

    @Provide
    Arbitrary<Damage> damage() {
        return Combinators.combine(Arbitraries.of("truncate", "trailing", "unknownField", "oversized", "hugeNumber"),
                Arbitraries.integers().between(0, 10_000), Arbitraries.strings().alpha().ofMaxLength(10))
                .as(Damage::new);
    }

    @Property(tries = 100)
    void oversized_lists_never_change_state(@ForAll("targets") final Target target, @ForAll("fieldIndex") final int field) {
        final ObjectNode tree = (ObjectNode) LedgerJson.readTree(target.validJson());
        final String path = target.requiredPaths().get(field % target.requiredPaths().size());
        final ArrayNode big = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < 1001; i++) {
            big.add("ID" + i);
        }
        setPath(tree, path, big);
        assertRefusedWithoutChange(target, tree.toString());
    }

    private static void setPath(final ObjectNode root, final String path, final JsonNode value) {
        final String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.isArray() ? node.get(Integer.parseInt(parts[i])) : node.get(parts[i]);
        }
        final String last = parts[parts.length - 1];
        if (node.isArray()) {
            ((ArrayNode) node).set(Integer.parseInt(last), value == null ? JsonNodeFactory.instance.nullNode() : value);
        } else if (value == null) {
            ((ObjectNode) node).remove(last);
        } else {
            ((ObjectNode) node).set(last, value);
        }
    }

    private static void assertRefusedWithoutChange(final Target target, final String json) {
        final Map<String, List<Byte>> before = FIXTURE.ledger.snapshot();
        final int events = FIXTURE.ledger.events().size();
        final Throwable thrown = catchThrowable(() -> FIXTURE.ledger.submit(ALL_ROLES,
                ctx -> target.call().apply(FIXTURE.contract, ctx, json)));
        assertThat(thrown).as("%s(%s)", target.name(), abbreviate(json)).isInstanceOf(ChaincodeException.class);
        assertThat(Refusal.codeOf((ChaincodeException) thrown)).as(thrown.getMessage()).isIn(CODES);
        assertThat(FIXTURE.ledger.snapshot()).isEqualTo(before);
        assertThat(FIXTURE.ledger.events()).hasSize(events);
    }

    private static String abbreviate(final String json) {
        return json.length() > 300 ? json.substring(0, 300) + "…" : json;
    }
}
