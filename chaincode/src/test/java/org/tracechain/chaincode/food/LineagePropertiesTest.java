// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotQuantity;
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.food.TraceRequest;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TransformKind;
import org.tracechain.model.food.TransformOutput;
import org.tracechain.model.food.TransformRequest;
import org.tracechain.model.identity.Role;

/** Properties of lineage: quantity conservation of transforms and trace back/forward consistency on random DAGs. */
class LineagePropertiesTest {

    private static final TestIdentity PLANT = TestIdentities.client("PlantMSP", "plant", Role.PRODUCER,
            Role.PROCESSOR);

    // ---- quantities ------------------------------------------------------------------------------------------

    /** A random merge or split: which lots (by index into the live lots), how much, into how many outputs. */
    record Op(boolean merge, List<Integer> picks, List<Integer> percents, int outputs, int outputPercent) {}

    @Provide
    Arbitrary<List<Op>> ops() {
        final Arbitrary<Op> op = Combinators.combine(Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.integers().between(1, 130).list().ofMinSize(3).ofMaxSize(3),
                Arbitraries.integers().between(1, 4), Arbitraries.integers().between(50, 115)).as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 40)
    void transforms_conserve_quantity_and_refusals_change_nothing(@ForAll("ops") final List<Op> ops) {
        final FoodFixture f = new FoodFixture();
        f.registerMasterData(List.of("PlantMSP"));
        for (int i = 0; i < 3; i++) {
            f.registerLot(PLANT, "R" + i, "100.5");
        }
        final List<String> lots = new ArrayList<>(List.of("R0", "R1", "R2"));
        int next = 0;
        for (final Op op : ops) {
            final List<String> live = lots.stream().filter(id -> f.lot(id).status() == LotStatus.ACTIVE).toList();
            if (live.isEmpty()) {
                break;
            }
            final List<String> inputs = new ArrayList<>(new LinkedHashSet<>(op.merge()
                    ? op.picks().stream().map(p -> live.get(p % live.size())).toList()
                    : List.of(live.get(op.picks().get(0) % live.size()))));
            final Map<String, BigDecimal> before = new HashMap<>();
            final List<LotQuantity> consumed = new ArrayList<>();
            BigDecimal totalConsumed = BigDecimal.ZERO;
            for (int i = 0; i < inputs.size(); i++) {
                final BigDecimal held = f.lot(inputs.get(i)).quantity();
                before.put(inputs.get(i), held);
                // percents above 100 ask for more than the lot holds
                final BigDecimal take = held.multiply(BigDecimal.valueOf(op.percents().get(i)))
                        .divide(BigDecimal.valueOf(100), 3, java.math.RoundingMode.DOWN);
                consumed.add(new LotQuantity(inputs.get(i), take, null));
                totalConsumed = totalConsumed.add(take);
            }
            final int outputCount = op.merge() ? 1 : op.outputs();
            // outputPercent above 100 asks for more out than went in
            final BigDecimal each = totalConsumed.multiply(BigDecimal.valueOf(op.outputPercent()))
                    .divide(BigDecimal.valueOf(100L * outputCount), 3, java.math.RoundingMode.DOWN);
            final List<TransformOutput> outputs = new ArrayList<>();
            for (int o = 0; o < outputCount; o++) {
                outputs.add(new TransformOutput("X" + (next++), null, null, null, each, null));
            }
            final var snapshot = f.ledger.snapshot();
            final Throwable thrown = catchThrowable(() -> f.submit(PLANT, ctx -> f.contract.transform(ctx,
                    FoodFixture.json(new TransformRequest(op.merge() ? TransformKind.MERGE : TransformKind.SPLIT,
                            consumed, outputs, null, null, null, null)))));
            final boolean overdraws = consumed.stream().anyMatch(c -> c.quantity().compareTo(before.get(c.lotId())) > 0);
            final boolean overproduces = each.multiply(BigDecimal.valueOf(outputCount)).compareTo(totalConsumed) > 0;
            final boolean invalid = consumed.stream().anyMatch(c -> c.quantity().signum() <= 0) || each.signum() <= 0;
            if (overdraws || overproduces || invalid) {
                assertThat(thrown).isInstanceOf(ChaincodeException.class);
                assertThat(Refusal.codeOf((ChaincodeException) thrown)).isIn("INSUFFICIENT_QUANTITY",
                        "QUANTITY_NOT_CONSERVED", "INVALID_FIELD");
                assertThat(f.ledger.snapshot()).isEqualTo(snapshot);
                continue;
            }
            assertThat(thrown).isNull();
            for (final LotQuantity c : consumed) {
                final Lot after = f.lot(c.lotId());
                assertThat(after.quantity()).isEqualByComparingTo(before.get(c.lotId()).subtract(c.quantity()));
                assertThat(after.status() == LotStatus.CONSUMED).isEqualTo(after.quantity().signum() == 0);
            }
            BigDecimal produced = BigDecimal.ZERO;
            for (final TransformOutput o : outputs) {
                produced = produced.add(f.lot(o.lotId()).quantity());
                lots.add(o.lotId());
            }
            assertThat(produced).isLessThanOrEqualTo(totalConsumed);
        }
        final BigDecimal total = lots.stream().map(id -> f.lot(id).quantity()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isLessThanOrEqualTo(new BigDecimal("301.5"));
    }

    // ---- trace consistency -------------------------------------------------------------------------------------

    @Provide
    Arbitrary<List<List<Integer>>> dags() {
        // lot i's parents are picked among lots 0..i-1 (indexes reduced modulo i); lots without parents are roots
        return Arbitraries.integers().between(0, 1000).list().ofMaxSize(3).list().ofMinSize(2).ofMaxSize(25);
    }

    @Property(tries = 25)
    void forward_of_every_ancestor_contains_the_lot(@ForAll("dags") final List<List<Integer>> picks) {
        final FoodFixture f = new FoodFixture();
        f.registerMasterData(List.of("PlantMSP"));
        final Map<String, Set<String>> parents = new HashMap<>();
        for (int i = 0; i < picks.size(); i++) {
            final String id = "D" + i;
            final Set<String> ps = new java.util.TreeSet<>();
            if (i > 0) {
                final int lot = i;
                picks.get(i).forEach(p -> ps.add("D" + (p % lot)));
            }
            parents.put(id, ps);
            if (ps.isEmpty()) {
                f.registerLot(PLANT, id, "1000000");
            } else {
                f.submit(PLANT, ctx -> f.contract.transform(ctx, FoodFixture.json(new TransformRequest(
                        TransformKind.PROCESS, ps.stream().map(p -> FoodFixture.input(p, "0.001")).toList(),
                        List.of(new TransformOutput(id, "P", "Mix", null, new BigDecimal("1000"), "kg")), null, null,
                        null, null))));
            }
        }
        for (final String lot : parents.keySet()) {
            final Set<String> ancestors = closure(lot, parents);
            final TraceResult back = trace(f, false, lot);
            assertThat(ids(back)).isEqualTo(with(ancestors, lot));
            assertThat(back.truncated()).isFalse();
            for (final String ancestor : ancestors) {
                assertThat(ids(trace(f, true, ancestor))).contains(lot);
            }
        }
        for (final String lot : parents.keySet()) {
            final Set<String> descendants = new HashSet<>();
            parents.forEach((child, ps) -> {
                if (closure(child, parents).contains(lot)) {
                    descendants.add(child);
                }
            });
            assertThat(ids(trace(f, true, lot))).isEqualTo(with(descendants, lot));
        }
    }

    private static Set<String> with(final Set<String> set, final String extra) {
        final Set<String> out = new HashSet<>(set);
        out.add(extra);
        return out;
    }

    private static Set<String> closure(final String lot, final Map<String, Set<String>> parents) {
        final Set<String> out = new HashSet<>();
        final List<String> todo = new ArrayList<>(parents.get(lot));
        while (!todo.isEmpty()) {
            final String p = todo.remove(todo.size() - 1);
            if (out.add(p)) {
                todo.addAll(parents.get(p));
            }
        }
        return out;
    }

    private static TraceResult trace(final FoodFixture f, final boolean forward, final String lotId) {
        final String request = FoodFixture.json(new TraceRequest(lotId, null, null, null, false));
        return f.evaluate(PLANT, ctx -> forward ? f.contract.traceForward(ctx, request)
                : f.contract.traceBack(ctx, request), TraceResult.class);
    }

    private static Set<String> ids(final TraceResult result) {
        final Set<String> out = new HashSet<>();
        result.lots().forEach(l -> out.add(l.lotId()));
        assertThat(out).hasSameSizeAs(result.lots());
        return out;
    }
}
